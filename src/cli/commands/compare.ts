/**
 * `datascan compare <before> <after>`: two answer files, folders (scored together as a group) or
 * profile JSON files of the same model; per dimension and subdimension the change.
 */
import fs from 'node:fs';
import { compareProfiles, incomparable } from '../../compare/compare.js';
import { hasErrors, type Diagnostic } from '../../diagnostics/types.js';
import type { Questionnaire } from '../../questionnaire/types.js';
import { COMPARISON_RENDERERS } from '../../report/profile/compare.js';
import { schemaDiagnostics } from '../../schema/messages.js';
import { validateAgainst } from '../../schema/validators.js';
import { score } from '../../scoring/score.js';
import type { Profile } from '../../scoring/types.js';
import { diag, parseSource } from '../../source/source.js';
import { plainStyle } from '../../util/style.js';
import { csvQuestionnaireFrom, openWorkspace } from '../catalog.js';
import type { CommandContext } from '../context.js';
import { EXIT, UserError } from '../errors.js';
import type { AnswerSet } from '../../answers/types.js';
import { expandInputs, readAnswerInput } from './score-inputs.js';
import { bufferedFileOutput } from './score-output.js';
import { diagnosticLine, reportWidth } from './score.js';

export interface CompareOptions {
  format?: string;
  output?: string;
  lang?: string;
  dir?: string[];
  questionnaire?: string;
  strict?: boolean;
}

/** A profile JSON file (what `score --format json` wrote), or undefined when the file is not one. */
export function readProfileFile(file: string): { profile?: Profile; diagnostics: Diagnostic[] } | undefined {
  if (!/\.json$/i.test(file)) return undefined;
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const source = parseSource(file, text);
  const data = source.data;
  if (Array.isArray(data)) {
    if (data.length > 0 && data.every((p) => typeof p === 'object' && p !== null && 'overall' in p)) {
      return { diagnostics: [diag(file, 'wrong-type', `this file holds ${data.length} profiles; compare takes one profile per side (score with --aggregate, or pick one)`, { line: 1, column: 1, endLine: 1, endColumn: 1 })] };
    }
    return undefined;
  }
  if (typeof data !== 'object' || data === null || !('overall' in data) || 'answers' in data) return undefined;
  const diagnostics = schemaDiagnostics(validateAgainst('profile', data), source);
  return diagnostics.length > 0 ? { diagnostics } : { profile: data as Profile, diagnostics };
}

export async function compareCommand(before: string, after: string, options: CompareOptions, ctx: CommandContext): Promise<number> {
  const format = options.format ?? 'table';
  const render = COMPARISON_RENDERERS[format];
  if (!render && format !== 'html') throw new UserError(`unknown format \`${format}\` (choose from ${[...Object.keys(COMPARISON_RENDERERS), 'html'].join(', ')})`);
  const workspace = openWorkspace(options.dir ?? []);
  const csvQuestionnaire = csvQuestionnaireFrom(options.questionnaire, workspace);
  const language = options.lang !== undefined ? { language: options.lang } : {};

  const profileOf = (input: string): Profile => {
    const asProfile = readProfileFile(input);
    if (asProfile) {
      for (const d of asProfile.diagnostics) ctx.stderr(diagnosticLine(d, ctx) + '\n');
      if (!asProfile.profile) throw new UserError(`${input} is not a valid profile`, EXIT.findings);
      return asProfile.profile;
    }
    const sets: AnswerSet[] = [];
    const questionnaires = new Map<string, Questionnaire>();
    let bad = false;
    for (const file of expandInputs([input])) {
      const read = readAnswerInput(file, workspace, csvQuestionnaire);
      for (const d of read.diagnostics) ctx.stderr(diagnosticLine(d, ctx) + '\n');
      if (hasErrors(read.diagnostics, options.strict)) bad = true;
      if (read.questionnaire) questionnaires.set(read.questionnaire.id, read.questionnaire);
      sets.push(...read.sets);
    }
    if (bad) throw new UserError(`${input}: fix the answer files above first; a comparison needs every answer`, EXIT.findings);
    if (sets.length === 0) throw new UserError(`${input}: no answers to compare`, EXIT.findings);
    if (questionnaires.size > 1) throw new UserError(`${input}: answers to ${[...questionnaires.keys()].map((id) => `\`${id}\``).join(' and ')}; one side must answer one questionnaire`, EXIT.findings);
    return score([...questionnaires.values()][0]!, sets, language);
  };

  const earlier = profileOf(before);
  const later = profileOf(after);
  const refusal = incomparable(earlier, later);
  if (refusal) throw new UserError(refusal, EXIT.findings);
  const toFile = options.output !== undefined;
  // The HTML report draws both profiles (a chart of before and after), not only their differences.
  const text = render
    ? render(compareProfiles(earlier, later), { style: toFile ? plainStyle : ctx.style, width: reportWidth(ctx, toFile) })
    : (await import('../../report/html/index.js')).renderHtmlComparison(earlier, later, { language: later.language });
  if (!toFile) ctx.stdout(text);
  else {
    const output = bufferedFileOutput(options.output!);
    output.write(text);
    await output.commit();
  }
  return EXIT.ok;
}
