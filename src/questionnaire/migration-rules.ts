/**
 * Rules for a questionnaire's (or model file's) `migrations`: the steps form one chain per earlier
 * version that ends at the file's own version, no two answers land on one id, and (for a
 * questionnaire's own migrations) every id a step leads to is a question asked now.
 */
import { migratedId, migrationPath } from '../answers/migrate.js';
import { diag } from '../diagnostics/diag.js';
import { msg } from '../diagnostics/messages.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { type SourceFile } from '../source/source.js';
import { locate, type PathSegment } from '../source/locate.js';
import { closest } from '../util/suggest.js';
import { compareVersions, sameVersion, withoutBuild } from '../util/version.js';
import type { MigrationStep, Questionnaire, QuestionnaireFile } from './types.js';

/** What `migrations` keeps for the fate of an answer: never a question's id. */
export const MIGRATION_WORDS = ['same', 'dropped'];

/** The chain and the renames, from the file alone. */
export function migrationFileRules(source: SourceFile, file: QuestionnaireFile): Diagnostic[] {
  const out: Diagnostic[] = [];
  const steps = file.migrations ?? [];
  const at = (i: number, ...rest: PathSegment[]) => locate(source, ['migrations', i, ...rest]);
  const firstFrom = new Map<string, number>();
  for (const [i, step] of steps.entries()) {
    const earlier = firstFrom.get(withoutBuild(step.from));
    if (earlier !== undefined) {
      const line = at(earlier, 'from').line;
      out.push(
        chain(source, msg('rules.migration-same-from', { from: step.from, line }), at(i, 'from'), { from: step.from }),
      );
      continue;
    }
    firstFrom.set(withoutBuild(step.from), i);
    if (compareVersions(step.from, file.version) >= 0) {
      out.push(
        chain(source, msg('rules.migration-not-earlier', { from: step.from, version: file.version }), at(i, 'from'), {
          from: step.from,
          version: file.version,
        }),
      );
    }
  }
  for (const [i, step] of steps.entries()) {
    if (step.to === undefined || sameVersion(step.to, file.version) || firstFrom.has(withoutBuild(step.to))) continue;
    const froms = [...firstFrom.values()].map((j) => steps[j]!.from);
    const args = { from: step.from, to: step.to, version: file.version };
    out.push(
      chain(source, msg('rules.migration-gap', { to: step.to, version: file.version, froms }), at(i, 'to'), args),
    );
  }
  const { found, inLoop } = loops(source, steps, file.version, firstFrom);
  out.push(...found);
  for (const [i, step] of steps.entries()) {
    // A step in a loop is said once, with the loop; one from this version or later, at its `from`.
    if (step.to === undefined || inLoop.has(i) || compareVersions(step.to, step.from) > 0) continue;
    if (compareVersions(step.from, file.version) >= 0) continue;
    const args = { from: step.from, to: step.to };
    out.push(chain(source, msg('rules.migration-backwards', args), at(i, 'to'), args));
  }
  for (const [i, step] of steps.entries()) out.push(...collisions(source, step, i));
  return out;
}

function chain(
  source: SourceFile,
  text: ReturnType<typeof msg>,
  position: ReturnType<typeof locate>,
  args: Record<string, unknown>,
): Diagnostic {
  return diag(source.file, 'migration-chain', text, position, 'error', args);
}

/**
 * Each loop once, at the `to` of its first step that leads back (every loop has one), and the
 * steps in reported loops.
 */
function loops(
  source: SourceFile,
  steps: readonly MigrationStep[],
  version: string,
  firstFrom: ReadonlyMap<string, number>,
): { found: Diagnostic[]; inLoop: Set<number> } {
  const out: Diagnostic[] = [];
  const inReportedLoop = new Set<number>();
  for (const start of firstFrom.values()) {
    const walked: number[] = [];
    for (let i: number | undefined = start; i !== undefined;) {
      walked.push(i);
      const to = steps[i]!.to ?? version;
      const back = walked.findIndex((j) => sameVersion(steps[j]!.from, to));
      if (back !== -1) {
        const loop = walked.slice(back);
        if (!loop.some((j) => inReportedLoop.has(j))) {
          for (const j of loop) inReportedLoop.add(j);
          const versions = [...loop.map((j) => steps[j]!.from), to];
          const leadsBack = loop.find((j) => compareVersions(steps[j]!.to ?? version, steps[j]!.from) <= 0) ?? i;
          out.push(
            chain(source, msg('rules.migration-loop', { versions }), locate(source, ['migrations', leadsBack, 'to']), {
              versions,
            }),
          );
        }
        break;
      }
      i = firstFrom.get(withoutBuild(to));
    }
  }
  return { found: out, inLoop: inReportedLoop };
}

/** Two answers of one step that would land on one id: the second would be dropped without a word. */
function collisions(source: SourceFile, step: MigrationStep, i: number): Diagnostic[] {
  const out: Diagnostic[] = [];
  const renamedTo = new Map<string, string>();
  const kept = new Set(Object.keys(step.questions).filter((id) => step.questions[id] === 'same'));
  const added = new Set(step.added ?? []);
  for (const [id, fate] of Object.entries(step.questions)) {
    if (MIGRATION_WORDS.includes(fate)) continue;
    const at = locate(source, ['migrations', i, 'questions', id]);
    const first = renamedTo.get(fate);
    const onto = kept.has(fate) ? 'same' : added.has(fate) ? 'added' : undefined;
    if (first !== undefined)
      out.push(
        diag(
          source.file,
          'migration-collision',
          msg('rules.migration-renamed-twice', { id, first, to: fate }),
          at,
          'error',
          {
            ids: [first, id],
            to: fate,
          },
        ),
      );
    else if (onto !== undefined)
      out.push(
        diag(
          source.file,
          'migration-collision',
          msg('rules.migration-renamed-onto', { id, to: fate, onto }),
          at,
          'error',
          {
            ids: [id, fate],
            to: fate,
            onto,
          },
        ),
      );
    renamedTo.set(fate, renamedTo.get(fate) ?? id);
  }
  return out;
}

/**
 * Every id a step of the questionnaire's own migrations leads to (a rename's target, an added
 * question, an id kept `same`) is, after the later steps, a question asked now. A model file's
 * migrations are not checked so: each questionnaire of the model asks only some of its questions.
 */
export function migrationQuestionRules(q: Questionnaire, source: SourceFile): Diagnostic[] {
  const own = (source.data as QuestionnaireFile | undefined)?.migrations;
  if (own === undefined) return [];
  const out: Diagnostic[] = [];
  const asked = new Set(q.questions.map((question) => question.id));
  const reported = new Set<string>();
  const check = (
    id: string,
    from: string,
    rest: MigrationStep[],
    role: 'renamed' | 'added' | 'same',
    at: PathSegment[],
  ) => {
    const now = migratedId(rest, id);
    // Dropped by a later step, its answers never reach this version; renamed by one, that step's target is checked.
    if (now !== id || asked.has(id)) return;
    // Said once: at the last step that names it, and there at the first mention.
    if (rest.some((later) => names(later, id)) || reported.has(`${from}\u0000${id}`)) return;
    reported.add(`${from}\u0000${id}`);
    out.push(
      diag(
        source.file,
        'migration-unknown-id',
        msg('rules.migration-unknown-id', { id, role, from, questionnaire: q.id, suggestion: closest(id, asked) }),
        locate(source, ['migrations', ...at]),
        'error',
        { id },
      ),
    );
  };
  for (const [i, step] of own.entries()) {
    // A step that leads nowhere is a gap, reported once by migrationFileRules.
    const rest = migrationPath({ version: q.version, migrations: own }, step.to ?? q.version);
    if (rest === undefined) continue;
    for (const [id, fate] of Object.entries(step.questions)) {
      if (fate === 'dropped') continue;
      if (fate === 'same') check(id, step.from, rest, 'same', [i, 'questions', id]);
      else check(fate, step.from, rest, 'renamed', [i, 'questions', id]);
    }
    for (const [k, id] of (step.added ?? []).entries()) check(id, step.from, rest, 'added', [i, 'added', k]);
  }
  return out;
}

/** Whether a step mentions an id: as an earlier question, a rename's target or an added question. */
function names(step: MigrationStep, id: string): boolean {
  return Object.hasOwn(step.questions, id) || Object.values(step.questions).includes(id) || !!step.added?.includes(id);
}
