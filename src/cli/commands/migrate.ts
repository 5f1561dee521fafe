/**
 * `datascan migrate <answer files…> (-o FILE | --in-place) [--to VERSION]`: answer files given to
 * an earlier version of their questionnaire, carried over along its `migrations` and written back.
 * Every file is read and migrated first; only when all of them can be is anything written, so a
 * problem in one file never leaves a batch half done.
 */
import path from 'node:path';
import { droppedAnswerLines } from '../../answers/dropped-comment.js';
import { migrateAnswerSetTo, migratedId, migrationPath, migrationTargets } from '../../answers/migrate.js';
import { fileLayout, serializeAnswers, serializeAnswersJson } from '../../answers/serialize.js';
import { interviewOrder } from '../../answers/session.js';
import { normaliseAnswers, type AnswerFile } from '../../answers/types.js';
import { diag } from '../../diagnostics/diag.js';
import { msg } from '../../diagnostics/messages.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import { answerFileReferences } from '../../node/answer-file-references.js';
import { realLocation } from '../../node/answer-file-store.js';
import { keepBackup } from '../../node/backup.js';
import { EXIT, UserError } from '../../node/errors.js';
import { notAnOrdinaryFile } from '../../node/file-host.js';
import { expandInputs, isCsv } from '../../node/inputs.js';
import { tryLock, type FileLock } from '../../node/lock.js';
import { say, tool, type Said } from '../../node/messages.js';
import { writeFileAtomically } from '../../node/output.js';
import { replacesFile } from '../../node/output-guard.js';
import { unitIds } from '../../questionnaire/structure.js';
import { locate } from '../../source/locate.js';
import { formatPattern, isFormat, STRUCTURED } from '../../util/file-formats.js';
import { safeLine } from '../../util/safe-text.js';
import { compareVersions, sameVersion } from '../../util/version.js';
import { isQuestionnairePath } from '../../workspace/workspace.js';
import { openWorkspace } from '../catalog.js';
import type { CommandContext } from '../context.js';
import type { MigrateOptions } from '../program.js';

/** One answer file, migrated and ready to be written. */
interface Planned {
  file: string;
  /** Where it goes: the file itself (--in-place) or -o. */
  target: string;
  text: string;
  from: string;
  dropped: string[];
  summary: Said;
}

export async function migrateCommand(inputs: string[], options: MigrateOptions, ctx: CommandContext): Promise<number> {
  // File names, versions and ids come from the files: one safe line each on the terminal.
  const tell = (said: Said) => ctx.stderr(`${safeLine(say(said, ctx.language))}\n`);
  const { output, inPlace } = options;
  if (output !== undefined && inPlace) throw new UserError(tool('migrate.both'), EXIT.usage);
  if (output === undefined && !inPlace) throw new UserError(tool('migrate.output-or-in-place'), EXIT.usage);
  const files = expandInputs(inputs, { pattern: formatPattern(STRUCTURED) });
  if (output !== undefined) {
    if (files.length > 1) throw new UserError(tool('migrate.one-output', { count: files.length }), EXIT.usage);
    if (!isFormat(output, STRUCTURED)) throw new UserError(tool('migrate.output-format', { file: output }), EXIT.usage);
    if (files[0] !== undefined && realLocation(files[0]) === realLocation(output))
      throw new UserError(tool('migrate.output-is-input', { file: output }), EXIT.usage);
    if (replacesFile(output) && !options.force) throw new UserError(tool('template.exists', { file: output }));
  }
  if (inPlace) {
    // Reading a FIFO waits for its writer, and a device or folder has no answers to rewrite.
    for (const file of files) {
      const what = notAnOrdinaryFile(file);
      if (what !== undefined) throw new UserError(tool('migrate.in-place-not-a-file', { file, what }), EXIT.usage);
    }
  }
  // An export from a survey tool has no file of its own to keep notes and comments in.
  const csv = files.find(isCsv);
  if (csv !== undefined) throw new UserError(tool('migrate.csv', { file: csv }), EXIT.usage);
  const workbook = files.find((file) => isFormat(file, 'xlsx'));
  if (workbook !== undefined) throw new UserError(tool('migrate.workbook', { file: workbook }), EXIT.usage);

  const workspace = openWorkspace(options.dir ?? [], ctx, options.allowOutside);
  const plans: Planned[] = [];
  let bad = 0;
  const report = (finding: Diagnostic | Said) => {
    bad++;
    tell(typeof finding !== 'string' && 'rule' in finding ? tool('finding', { finding }) : finding);
  };
  for (const file of files) {
    const checked = workspace.load(file);
    const source = checked.source;
    const data = checked.data as AnswerFile | undefined;
    const q = checked.questionnaire;
    if (checked.kind !== 'answers') {
      const { kind } = checked;
      // A file that reads as nothing at all says why (it does not parse, it is empty, …).
      const why = checked.diagnostics.find((d) => d.severity === 'error');
      report(
        kind === 'unknown'
          ? (why ?? diag(file, 'unknown-kind', msg('kind.unknown')))
          : diag(file, 'unknown-kind', msg('kind.not-answers', { kind })),
      );
      continue;
    }
    const at = (key: string) => (source ? locate(source, [key]) : undefined);
    const version = data?.version;
    const path = q && version !== undefined ? migrationPath(q, version) : undefined;
    // Answers under ids the migration renames or drops are what it is for; any other error stays one.
    const errors = checked.diagnostics.filter(
      (d) =>
        d.severity === 'error' &&
        !(d.rule === 'unknown-question' && path !== undefined && migratedId(path, String(d.args?.id)) !== d.args?.id),
    );
    if (errors.length > 0 || data === undefined || q === undefined) {
      for (const error of errors) report(error);
      continue;
    }
    if (version === undefined) {
      const said = msg('answers.migrate-no-version', { id: q.id });
      report(diag(file, 'missing-key', said, at('questionnaire'), 'error', { key: 'version' }));
      continue;
    }
    const to = options.to ?? q.version;
    if (sameVersion(version, to)) {
      tell(tool('migrate.current', { file, version, id: q.id }));
      continue;
    }
    if (path === undefined) {
      const froms = (q.migrations ?? []).map((step) => step.from);
      const said = msg('answers.no-migration-path', { version, id: q.id, current: q.version, froms });
      report(diag(file, 'no-migration-path', said, at('version'), 'error', { version, current: q.version, froms }));
      continue;
    }
    const versions = migrationTargets(q, version);
    if (!versions.some((v) => sameVersion(v, to))) {
      // With no way onwards at all, a list of versions on the way would be empty.
      const said =
        compareVersions(to, version) <= 0
          ? tool('migrate.to-not-later', { to, file, from: version })
          : versions.length === 0
            ? tool('migrate.to-nothing-later', { to, file, from: version })
            : tool('migrate.to-not-on-path', { to, file, from: version, versions });
      throw new UserError(said, EXIT.usage);
    }
    const migrated = migrateAnswerSetTo(normaliseAnswers(data, file), q, to)!;
    const { summary } = migrated;
    const target = output ?? file;
    // A path to the questionnaire leads from where the file is written; an id is found anywhere.
    const questionnaire =
      output !== undefined && isQuestionnairePath(data.questionnaire)
        ? answerFileReferences(
            realLocation(output),
            realLocation(workspace.resolveQuestionnaire(data.questionnaire, file)!),
            q.id,
          ).questionnaire
        : data.questionnaire;
    const layout = {
      schema: answerFileReferences(target, file, q.id).schema,
      questionOrder: interviewOrder(q),
      unitOrder: unitIds(q.dimensions),
    };
    const set = { ...migrated.set, questionnaire };
    const taken = path.slice(0, summary.versions.length - 1);
    const text = isFormat(target, 'json')
      ? serializeAnswersJson(set, layout)
      : serializeAnswers(set, {
          ...layout,
          ...(source && !isFormat(file, 'json') ? { previous: fileLayout(source.text) } : {}),
          renamed: summary.renamed,
          dropped: droppedAnswerLines(summary, taken, ctx.language),
        });
    plans.push({
      file,
      target,
      text,
      from: version,
      dropped: summary.dropped.map((d) => d.id),
      summary: tool('migrate.summary', {
        file,
        from: version,
        to,
        carried: summary.carried,
        dropped: summary.dropped.length,
        open: summary.newOpen.length,
      }),
    });
  }
  if (bad > 0) {
    tell(tool('migrate.nothing-written', { bad }));
    return EXIT.findings;
  }

  // An interview writes its file after every answer: no file one has open is written under its hands.
  // Every lock is taken before anything is written, so a refused or unwritable file stops the
  // whole batch, not its second half.
  const locks: FileLock[] = [];
  const backups = new Map<Planned, string>();
  try {
    const lockedTargets = inPlace
      ? plans.map((plan) => plan.file)
      : plans.map((plan) => plan.target).filter(replacesFile);
    for (const target of lockedTargets) {
      const attempt = tryLock(realLocation(target));
      if (!('lock' in attempt)) throw new UserError(tool('migrate.locked', { file: target }), EXIT.usage);
      locks.push(attempt.lock);
    }
    if (inPlace) for (const plan of plans) backups.set(plan, keepBackup(realLocation(plan.file), plan.from));
    for (const plan of plans) writeFileAtomically(inPlace ? realLocation(plan.file) : plan.target, plan.text);
  } finally {
    for (const lock of locks) lock.release();
  }

  for (const plan of plans) {
    const backup = backups.get(plan);
    tell(plan.summary);
    if (plan.dropped.length > 0)
      tell(
        isFormat(plan.target, 'json')
          ? tool('migrate.dropped-json', {
              ids: plan.dropped,
              kept: backup !== undefined ? displayBackup(plan.file, backup) : plan.file,
            })
          : tool('migrate.dropped-as-comments', { ids: plan.dropped }),
      );
    tell(tool('output.wrote', { file: plan.target }));
    if (backup !== undefined)
      tell(tool('migrate.backup', { file: plan.file, backup: displayBackup(plan.file, backup) }));
  }
  return EXIT.ok;
}

/** The copy's name as the person named the file: beside it, in the same words. */
function displayBackup(file: string, backup: string): string {
  return path.join(path.dirname(file), path.basename(backup));
}
