/**
 * Which language datascan speaks in: `--lang` where it is given, else the locale. The locale is the
 * first non-empty of LC_ALL, LC_MESSAGES and LANG, as POSIX orders them.
 */
import { baseLanguage } from '../util/language.js';

function locale(env: NodeJS.ProcessEnv): string {
  return [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '') ?? '';
}

/**
 * The language of datascan's own messages, findings and headings: `--lang`, else Dutch for a Dutch
 * locale (`nl_NL.UTF-8`, `nl_BE`, `nl`) and English for any other.
 */
export function messageLanguage(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  if (flag) return flag;
  return baseLanguage(locale(env)) === 'nl' ? 'nl' : 'en';
}

/**
 * The language of the interview (`datascan run`), made for Dutch municipalities: `--lang`, else
 * English for an English locale and Dutch for any other.
 */
export function interviewLanguage(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  if (flag) return flag;
  return /^en([_.@-]|$)/i.test(locale(env)) ? 'en' : 'nl';
}
