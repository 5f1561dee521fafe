/** Colour is decided once, from flags, the environment and whether the stream is a terminal. */
import { Chalk } from 'chalk';
import type { Style } from '../util/style.js';

/** Colour only on a terminal, never with NO_COLOR, always with FORCE_COLOR or --color. */
export function useColor(stream: NodeJS.WriteStream, flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0') return true;
  return Boolean(stream.isTTY) && process.env.TERM !== 'dumb';
}

export function makeStyle(color: boolean): Style {
  const c = new Chalk({ level: color ? 1 : 0 });
  return { error: c.red, warning: c.yellow, ok: c.green, dim: c.dim, bold: c.bold, accent: c.cyan };
}
