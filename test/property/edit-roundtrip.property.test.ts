/**
 * Where datascan edits a file in place keeping its comments (the `yaml` package: answer files saved
 * by `run` and `run --resume`, rewritten by `migrate`; test files by `test --update`), the reader
 * (source/, js-yaml 5) reads back what was meant to be written, whatever the file looked like
 * before: comments, blank lines, flow maps, quoting, number formats, anchors, CRLF.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Document, isAlias, isCollection, isMap, isScalar, parseDocument, Scalar, type Node } from 'yaml';
import { droppedAnswerLines } from '../../src/answers/dropped-comment.js';
import { migrateAnswerSet, migrationPath } from '../../src/answers/migrate.js';
import { answerFileData, fileLayout, serializeAnswers, serializeAnswersJson } from '../../src/answers/serialize.js';
import { normaliseAnswers, type AnswerFile, type AnswerValue } from '../../src/answers/types.js';
import type { MigrationStep, Questionnaire } from '../../src/questionnaire/types.js';
import { parseSource, parseSourceQuickly } from '../../src/source/source.js';
import { applyUpdates, type ExpectationUpdate } from '../../src/testing/update.js';
import { NO_POSITION } from '../../src/diagnostics/types.js';

/** What a file holds once written and read again: text goes to disk as UTF-8. */
const onDisk = (text: string) => Buffer.from(text, 'utf8').toString('utf8');

/** The data the reader reads from `text`, failing on any error it finds. */
function readBack(file: string, text: string, read = parseSource): unknown {
  const source = read(file, onDisk(text));
  expect(
    source.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.line}:${d.column} ${d.message}`),
  ).toEqual([]);
  return source.data;
}

/** Texts a YAML writer has to quote or escape, or that another YAML reads as another type. */
const awkward = fc.constantFrom(
  ...['2026-11-28', '2026-11-28T10:00:00.000Z', 'yes', 'No', 'on', 'OFF', 'y', 'true', 'False', 'null', 'NULL', '~'],
  ...['', ' ', '1_000', '0x1F', '0o17', '0b101', '1e3', '.5', '+1', '-0', '012', '1:20', '.inf', '-.Inf', '.NaN'],
  ...['=', '<<', '- a', '? a', ': a', 'a: b', 'a:', 'a #b', '#a', '"a"', "'a'", '[a]', '{a: 1}', '&a', '*a', '!a'],
  ...['!!str a', '%YAML 1.1', '@a', '`a`', '|', '>-', '---', '...', '  leading', 'trailing  ', '\ttab', 'a\\b'],
  ...['line\nbreak', 'ends\n', '\n', '\r\n', 'é', 'Één & Ander', '😀', '\u2028', '\u0085', '\u00a0', '\ufeff'],
);
const text = fc
  .array(fc.oneof(awkward, fc.string({ unit: 'grapheme', maxLength: 8 }), fc.string({ unit: 'binary-ascii' })), {
    maxLength: 4,
  })
  .map((parts) => parts.join(''));

/** Kebab-case ids as the schema allows them, some of which read as other types when unquoted. */
const id = fc.oneof(
  fc.array(fc.stringMatching(/^[a-z0-9]{1,5}$/), { minLength: 1, maxLength: 3 }).map((words) => words.join('-')),
  fc.constantFrom(
    'true',
    'null',
    'yes',
    'no',
    'on',
    'y',
    '1',
    '012',
    '0x1f',
    '0o17',
    '0b1',
    '1e3',
    'nan',
    '2026-11-28',
  ),
);

// -0 is left out: no scale has it, and JSON has no way to write it.
const value: fc.Arbitrary<AnswerValue> = fc.oneof(
  fc.integer({ min: -3, max: 12 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
  fc.constantFrom('unknown' as const, 'not-applicable' as const),
);
const answer = fc.oneof(value, fc.constant(null), fc.record({ value, note: text }, { requiredKeys: [] }));

/** An answer file with ids from `ids` (so that an earlier save shares keys with a later one). */
function answerFile(ids: readonly string[]): fc.Arbitrary<AnswerFile> {
  const someId = fc.constantFrom(...ids);
  return fc.record(
    {
      questionnaire: text,
      version: fc.oneof(fc.constantFrom('1.0.0', '2.0.0-rc.1'), text),
      organisation: text,
      respondent: fc.record({ name: text, role: text }, { requiredKeys: [] }),
      date: fc.oneof(fc.constantFrom('2026-11-28', '2026-02-30'), text),
      targets: fc.dictionary(someId, fc.oneof(fc.nat(9), id), { maxKeys: 3 }),
      answers: fc.dictionary(someId, answer, { maxKeys: ids.length }),
      session: fc.record(
        {
          status: fc.constantFrom('in-progress' as const, 'complete' as const),
          language: fc.oneof(fc.constantFrom('nl', 'en', 'no', 'yes'), text),
          position: fc.oneof(someId, text),
          skipped: fc.array(fc.oneof(someId, text), { maxLength: 3 }),
          updated: fc.oneof(
            fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
            text,
          ),
        },
        { requiredKeys: ['status'] },
      ),
    },
    { requiredKeys: ['questionnaire', 'answers'] },
  );
}

const ids = fc.uniqueArray(id, { minLength: 1, maxLength: 6 });
const schema = fc.option(fc.constantFrom('answers.schema.json', 'https://datascan.dev/schemas/answers.schema.json'), {
  nil: undefined,
});

/** A comment a person could write on one line. */
const comment = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 20 }).map((s) => s.replace(/[\r\n]/g, ' ')),
  fc.constantFrom('a: b', '# twice', 'yaml-language-server: $schema=x.json', '---', '"', "'", '\t'),
);

/** One edit a person makes by hand to a file datascan wrote: `pick` chooses where. */
const edit = fc.record({
  kind: fc.constantFrom(
    'comment-before',
    'comment',
    'blank-line',
    'flow',
    'reorder',
    'quoting',
    'number-format',
    'alias',
    'document',
  ),
  pick: fc.nat(),
  other: fc.nat(),
  comment,
  quoting: fc.constantFrom(
    Scalar.PLAIN,
    Scalar.QUOTE_SINGLE,
    Scalar.QUOTE_DOUBLE,
    Scalar.BLOCK_LITERAL,
    Scalar.BLOCK_FOLDED,
  ),
  format: fc.constantFrom('HEX', 'OCT', 'EXP', 'fraction'),
});
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

/** Every node of `doc` with its key and value nodes, in document order. */
function nodesOf(doc: Document): Node[] {
  const found: Node[] = [];
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    found.push(node as Node);
    if (isMap(node))
      for (const pair of node.items) {
        walk(pair.key);
        walk(pair.value);
      }
    else if (isCollection(node)) for (const item of node.items) walk(item);
  };
  walk(doc.contents);
  return found;
}

function writes(doc: Document): boolean {
  try {
    doc.toString();
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether a file edited by hand could have been read: the YAML library writes U+FFFD as it is
 * (datascan's writers escape it), and the reader refuses a file with one.
 */
const readable = (text: string) => !text.includes('\uFFFD');

/** `text` (a file datascan wrote) after a person edited it: same meaning, other layout (an alias may repeat a value). */
function editedByHand(text: string, edits: readonly Edit[], crlf: boolean): string {
  let doc = parseDocument(text, { version: '1.2' });
  for (const e of edits) {
    // Read again where the order of nodes matters: an alias goes after its anchor, and the ranges read
    // say where each node is only until keys are reordered.
    if (e.kind === 'alias') doc = parseDocument(doc.toString({ lineWidth: 0 }), { version: '1.2' });
    const nodes = nodesOf(doc);
    const node = nodes[e.pick % nodes.length];
    if (!node) continue;
    const line = ` ${e.comment}`;
    switch (e.kind) {
      case 'comment-before':
        node.commentBefore = node.commentBefore ? `${node.commentBefore}\n${line}` : line;
        break;
      case 'comment':
        node.comment = line;
        break;
      case 'blank-line':
        node.spaceBefore = true;
        break;
      case 'flow':
        if (isCollection(node)) node.flow = !node.flow;
        break;
      case 'reorder':
        if (isCollection(node) && node.items.length > 1) {
          node.items.push(node.items.shift() as never);
          // Not when that puts an alias before its anchor.
          if (!writes(doc)) node.items.unshift(node.items.pop() as never);
        }
        break;
      case 'quoting':
        if (isScalar(node) && typeof node.value === 'string') node.type = e.quoting;
        break;
      case 'number-format':
        if (isScalar(node) && typeof node.value === 'number') {
          if (e.format === 'fraction') node.minFractionDigits = 2;
          else node.format = e.format;
        }
        break;
      case 'alias': {
        // A later value that repeats an earlier one (and is not inside it) becomes an alias of it.
        const values = nodes.filter(
          (n) => n.range && !isAlias(n) && nodes.some((m) => isMap(m) && m.items.some((p) => p.value === n)),
        );
        const repeats = (n: Node) =>
          values.filter((m) => m.range![0] >= n.range![2] && JSON.stringify(m.toJSON()) === JSON.stringify(n.toJSON()));
        const anchored = values.filter((n) => repeats(n).length > 0);
        const named = anchored[e.pick % Math.max(1, anchored.length)];
        if (!named) break;
        const later = repeats(named);
        const pair = nodes
          .flatMap((n) => (isMap(n) ? n.items : []))
          .find((p) => p.value === later[e.other % later.length]);
        if (!pair) break;
        // The library names the anchor, one name no other anchor has.
        const replaced = pair.value;
        pair.value = doc.createAlias(named as never);
        // Not where that leaves an alias of the value replaced without its anchor.
        if (!writes(doc)) pair.value = replaced;
        break;
      }
      case 'document':
        doc.commentBefore = doc.commentBefore ? `${doc.commentBefore}\n${line}` : line;
        doc.comment = line;
        break;
    }
  }
  const edited = doc.toString({ lineWidth: 0 });
  return crlf ? edited.replace(/\n/g, '\r\n') : edited;
}

const edits = fc.array(edit, { maxLength: 8 });

/** An earlier save of `ids`' answers, edited by hand. */
function previousText(pool: readonly string[]) {
  return fc
    .tuple(answerFile(pool), schema, edits, fc.boolean())
    .map(([earlier, header, byHand, crlf]) =>
      editedByHand(serializeAnswers(earlier, header === undefined ? {} : { schema: header }), byHand, crlf),
    )
    .filter(readable);
}

const saves = ids.chain((pool) =>
  fc.record({
    set: answerFile(pool),
    previous: fc.option(previousText(pool), { nil: undefined }),
    schema,
    questionOrder: fc.option(fc.shuffledSubarray(pool), { nil: undefined }),
    unitOrder: fc.option(fc.shuffledSubarray(pool), { nil: undefined }),
  }),
);

describe('answer files: what `run` and `run --resume` write reads back as the answers meant', () => {
  it('serializeAnswers, with or without an earlier file edited by hand', () => {
    fc.assert(
      fc.property(saves, ({ set, previous, ...layout }) => {
        const options = {
          ...(layout.schema === undefined ? {} : { schema: layout.schema }),
          ...(layout.questionOrder === undefined ? {} : { questionOrder: layout.questionOrder }),
          ...(layout.unitOrder === undefined ? {} : { unitOrder: layout.unitOrder }),
        };
        const meant = answerFileData(set, options);
        if (previous !== undefined) readBack('earlier.yaml', previous);
        const written = serializeAnswers(set, {
          ...options,
          ...(previous === undefined ? {} : { previous: fileLayout(previous) }),
        });
        const data = readBack('answers.yaml', written) as AnswerFile;
        expect(data).toEqual(meant);
        // In the fixed order, so that saves diff small.
        expect(Object.keys(data)).toEqual(Object.keys(meant));
        expect(Object.keys(data.answers)).toEqual(Object.keys(meant.answers));
      }),
      { numRuns: 300 },
    );
  });

  it('serializeAnswersJson', () => {
    fc.assert(
      fc.property(saves, ({ set, questionOrder }) => {
        const options = questionOrder === undefined ? {} : { questionOrder };
        const written = serializeAnswersJson(set, options);
        const meant = answerFileData(set, options);
        expect(readBack('answers.json', written)).toEqual(meant);
        expect(readBack('answers.json', written, parseSourceQuickly)).toEqual(meant);
      }),
      { numRuns: 150 },
    );
  });
});

/** An earlier version's answer file and a step to the current version renaming and dropping some of its answers. */
const migrations = ids.chain((pool) =>
  fc.record({
    earlier: answerFile(pool),
    fates: fc.array(fc.oneof(fc.constant('same'), fc.constant('dropped'), fc.oneof(fc.constantFrom(...pool), id)), {
      minLength: pool.length,
      maxLength: pool.length,
    }),
    edits,
    crlf: fc.boolean(),
    language: fc.constantFrom('en', 'nl'),
    pool: fc.constant(pool),
  }),
);

describe('answer files: what `migrate` and `run --resume` after a migration write', () => {
  it('reads back as the migrated answers, with the dropped ones only in comments', () => {
    fc.assert(
      fc.property(migrations, ({ earlier, fates, edits: byHand, crlf, language, pool }) => {
        const before = editedByHand(serializeAnswers({ ...earlier, version: '1.0.0' }), byHand, crlf);
        fc.pre(readable(before));
        const step: MigrationStep = {
          from: '1.0.0',
          questions: Object.fromEntries(pool.map((from, i) => [from, fates[i] ?? 'same'])),
        };
        const current = [...new Set(pool.map((from, i) => (fates[i] === 'same' ? from : fates[i])))].filter(
          (q): q is string => q !== undefined && q !== 'dropped',
        );
        const q = questionnaire(current, step);
        const read = normaliseAnswers(readBack('earlier.yaml', before) as AnswerFile, 'earlier.yaml');
        const migrated = migrateAnswerSet(read, q);
        if (!migrated) throw new Error('not migrated');
        const { summary } = migrated;
        const dropped = droppedAnswerLines(summary, migrationPath(q, '1.0.0') ?? [], language);
        const options = { questionOrder: current };
        const written = serializeAnswers(migrated.set, {
          ...options,
          previous: fileLayout(before),
          renamed: summary.renamed,
          dropped,
        });
        expect(readBack('answers.yaml', written)).toEqual(answerFileData(migrated.set, options));
        // Where a comment ends and data begins, as the library that wrote the file sees it.
        const comments = commentsOf(parseDocument(written)).map((c) => c.trim());
        for (const d of dropped)
          expect(
            comments.some((c) => c.startsWith(d.line)),
            d.line,
          ).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

/** Every comment line in `doc`. */
function commentsOf(doc: Document): string[] {
  const nodes: { commentBefore?: string | null; comment?: string | null }[] = [doc, ...nodesOf(doc)];
  return nodes.flatMap((n) => [n.commentBefore ?? '', n.comment ?? ''].flatMap((c) => c.split('\n')));
}

function questionnaire(ids: readonly string[], step: MigrationStep): Questionnaire {
  return {
    id: 'q',
    version: '2.0.0',
    title: 'Q',
    languages: ['en'],
    modelId: 'q',
    modelVersion: '2.0.0',
    levels: [],
    scales: [],
    dimensions: [],
    questions: ids.map((qid) => ({ id: qid, text: qid, scale: 's', subdimension: 'u' })),
    scoring: { method: 'mean' },
    migrations: [step],
  };
}

/** A test file's expectations, as `test --update` finds and changes them. */
const score = fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 5 }), fc.double({ min: 0, max: 5, noNaN: true }));
const level = fc.oneof(fc.constant(null), id, text);
const expectation = fc.record(
  {
    overall: fc.record({ score, level }, { requiredKeys: [] }),
    units: fc.dictionary(id, fc.record({ score, level, gap: fc.oneof(score, fc.integer({ min: -4, max: 4 })) }), {
      maxKeys: 3,
    }),
    nextSteps: fc.array(id, { maxLength: 3 }),
    findings: fc.array(id, { maxLength: 2 }),
  },
  { requiredKeys: [] },
);
const testFile = fc
  .record({
    questionnaire: text,
    cases: fc.array(
      fc.record(
        { name: text, answers: fc.dictionary(id, answer, { maxKeys: 2 }), expect: expectation },
        { requiredKeys: ['name'] },
      ),
      { minLength: 1, maxLength: 3 },
    ),
    // Cases that expect the same, which a person may write once and alias.
    shared: fc.boolean(),
  })
  .map(({ shared, ...file }) => {
    // The same object twice: the YAML library writes it once, with an anchor, and aliases it.
    const same = file.cases[0]?.expect;
    return shared && same ? { ...file, cases: file.cases.map((c) => ({ ...c, expect: same })) } : file;
  });

type TestFileData = { cases: { expect?: Record<string, unknown> }[] };

/** The updates `planUpdates` can make to `file`: existing values under `expect`, `findings`, or a whole block. */
function updatesFor(file: TestFileData, picks: readonly { at: number; to: unknown; block: unknown }[]) {
  const candidates: { index: number; path: string[] }[] = [];
  file.cases.forEach((c, index) => {
    if (c.expect === undefined) return candidates.push({ index, path: [] });
    candidates.push({ index, path: ['findings'] });
    for (const [key, inner] of Object.entries(c.expect)) {
      if (key === 'nextSteps') candidates.push({ index, path: [key] });
      else if (key === 'overall')
        for (const k of Object.keys(inner as object)) candidates.push({ index, path: [key, k] });
      else if (key === 'units')
        for (const [unit, fields] of Object.entries(inner as object))
          for (const k of Object.keys(fields as object)) candidates.push({ index, path: [key, unit, k] });
    }
    return undefined;
  });
  const seen = new Set<string>();
  const updates: ExpectationUpdate[] = [];
  for (const pick of picks) {
    const at = candidates[pick.at % candidates.length];
    if (!at || seen.has(JSON.stringify(at))) continue;
    seen.add(JSON.stringify(at));
    const last = at.path[at.path.length - 1];
    const to =
      at.path.length === 0 ? pick.block : last === 'findings' || last === 'nextSteps' ? [pick.to].flat() : pick.to;
    updates.push({ index: at.index, name: 'c', path: at.path, to, position: NO_POSITION });
  }
  return updates;
}

/** `data` with each update made, as `test --update` means it. */
function updated(data: TestFileData, updates: readonly ExpectationUpdate[]): TestFileData {
  // A copy in which what an alias shared is each case's own, as in the file.
  const copy = unshared(data) as TestFileData;
  for (const u of updates) {
    const c = copy.cases[u.index]!;
    if (u.path.length === 0) {
      c.expect = unshared(u.to) as Record<string, unknown>;
      continue;
    }
    let at = (c.expect ??= {}) as Record<string, unknown>;
    for (const key of u.path.slice(0, -1)) at = (at[key] ??= {}) as Record<string, unknown>;
    at[u.path[u.path.length - 1]!] = u.to;
  }
  return copy;
}

function unshared(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(unshared);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unshared(v)]));
}

describe('test files: what `test --update` writes reads back as the updated expectations', () => {
  it('applyUpdates, whatever the test file looked like', () => {
    fc.assert(
      fc.property(
        testFile,
        edits,
        fc.boolean(),
        fc.array(
          fc.record({
            at: fc.nat(),
            to: fc.oneof(score, level, fc.array(id, { maxLength: 3 })),
            block: expectation,
          }),
          { minLength: 1, maxLength: 4 },
        ),
        (file, byHand, crlf, picks) => {
          const before = editedByHand(serializeTestFile(file), byHand, crlf);
          fc.pre(readable(before));
          const data = readBack('case.test.yaml', before) as TestFileData;
          const updates = updatesFor(data, picks);
          const after = applyUpdates(before, updates);
          expect(readBack('case.test.yaml', after)).toEqual(updated(data, updates));
        },
      ),
      { numRuns: 200 },
    );
  });
});

function serializeTestFile(file: unknown): string {
  return new Document(file).toString({ lineWidth: 0 });
}
