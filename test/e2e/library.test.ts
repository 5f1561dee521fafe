/**
 * datascan as a library, as users get it: packed, installed into an empty project, imported from
 * TypeScript as `datascan` and `datascan/node`. The consumer is type-checked strictly against the
 * published declarations (without skipLibCheck, and without @types/node: they must stand alone),
 * then run on the shipped example; what it renders must be what the CLI writes.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { installPacked } from '../helpers/pack.js';

const EXAMPLE = path.join(ROOT, 'examples', 'gemeente-voorbeeld');

/** A questionnaire with errors and a warning, as an editor or a web form would hand it over. */
const BROKEN = `id: broken
version: 1.0.0
title: Broken
languages: [en]
levels:
  - {id: one, name: One, min: 2}
  - {id: two, name: Two, min: 1}
scales:
  - id: yes-no
    options: [{value: 1, label: "No"}, {value: 2, label: "Yes"}]
dimensions:
  - {id: data, name: Data}
questions:
  - {id: q1, text: Question?, scale: yes-no, dimension: data}
  - {id: q1, text: Again?, scale: yes-no, dimension: date}
`;

/**
 * What a user writes: the README's example (its folder and report file made absolute, and given
 * the text of a questionnaire), then a little more, which prints its results as one JSON line.
 */
function consumer(folder: string, earlier: string, htmlFile: string): string {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const example = /## Use as a library\n[^]*?```ts\n([^]*?)```/.exec(readme)?.[1];
  if (!example) throw new Error('no example in the README section "Use as a library"');
  const swap = (text: string, from: string, to: string) => {
    if (!text.includes(from)) throw new Error(`the README's example no longer has ${from}`);
    return text.replace(from, to);
  };
  const absolute = swap(
    swap(example, "'examples/gemeente-voorbeeld/scan-2026'", JSON.stringify(folder)),
    "'rapport.html'",
    JSON.stringify(htmlFile),
  );
  return `const text = ${JSON.stringify(BROKEN)};
${absolute}
import { checkAnswersText, PROFILE_FORMATS, questionsChangedBetween, renderComparison, type Diagnostic } from 'datascan';
import { findAnswerFiles, loadQuestionnaire, openWorkspace, scoreInputs } from 'datascan/node';

const where = (d: Diagnostic): string => \`\${d.file}:\${d.line}:\${d.column} \${d.severity} \${d.rule}\`;

// Last year's quickscan, compared with this year's scan, the units whose questions changed marked.
const before = await loadAnswerFiles([${JSON.stringify(earlier)}]);
const quickscanOfBefore = before.questionnaires.get('odg-quickscan')!;
const lastYear = score(quickscanOfBefore, before.sets);
const questionsChanged = questionsChangedBetween(
  { profile: lastYear, q: quickscanOfBefore },
  { profile, q: questionnaires.get('odg-scan')! },
);
const comparison = renderComparison(lastYear, profile, 'markdown', { questionsChanged });

// Answers given as text, against a shipped questionnaire.
const quickscan = loadQuestionnaire('odg-quickscan');
const answers = checkAnswersText('questionnaire: odg-quickscan\\nanswers:\\n  nope: 3\\n', {
  questionnaires: [quickscan.questionnaire!],
});

// One profile per file, scored as the files are read.
const each: number[] = [];
const files = findAnswerFiles([${JSON.stringify(folder)}]);
for await (const event of scoreInputs(files, openWorkspace(), { mode: 'each', scoring: () => ({}) }))
  if (event.type === 'profile') each.push(event.profile.respondents);

console.log(
  JSON.stringify({
    findings: diagnostics.map(where),
    respondents: profile.respondents,
    rendered: Object.fromEntries(PROFILE_FORMATS.filter((f) => f !== 'html').map((f) => [f, renderProfiles([profile], f)])),
    comparison,
    quickscanFile: quickscan.file,
    brokenQuestionnaire: questionnaire ?? null,
    answers: answers.diagnostics.map(where),
    each,
  }),
);
`;
}

describe('the installed package as a library', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-library-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('type-checks a TypeScript consumer strictly and gives it what the CLI gives', () => {
    const project = installPacked(tmp, 'project', '{"name": "library-user", "private": true, "type": "module"}\n');
    const installed = path.join(project, 'node_modules', 'datascan');

    const folder = path.join(EXAMPLE, 'scan-2026');
    const htmlFile = path.join(project, 'report.html');
    const source = consumer(folder, path.join(EXAMPLE, 'quickscan-2025.yaml'), htmlFile);
    fs.writeFileSync(path.join(project, 'consumer.ts'), source);
    const tsc = spawnSync(
      path.join(ROOT, 'node_modules', '.bin', 'tsc'),
      ['--strict', '--noEmit', '--module', 'nodenext', '--moduleResolution', 'nodenext', 'consumer.ts'],
      { cwd: project, encoding: 'utf8' },
    );
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);

    const js = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    }).outputText;
    fs.writeFileSync(path.join(project, 'consumer.js'), js);
    const run = spawnSync(process.execPath, ['consumer.js'], { cwd: project, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    // The README's example prints the questionnaire's findings; the rest prints one line of JSON.
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.slice(0, -1)).toEqual([
      'scan.yaml:15:10: error duplicate-id question id `q1` is used twice (first on line 14)',
      'scan.yaml:7:31: error level-order level `two` has min 1, which must be greater than the min of `one` (2)',
      'scan.yaml:15:54: error unresolved-reference question `q1` links to dimension `date`, which does not exist — did you mean `data`?',
      'scan.yaml:12:10: warning missing-next-steps `data` has no next steps for level `one`',
    ]);
    const result = JSON.parse(lines.at(-1)!) as {
      findings: string[];
      respondents: number;
      rendered: Record<string, string>;
      comparison: string;
      quickscanFile: string;
      brokenQuestionnaire: unknown;
      answers: string[];
      each: number[];
    };

    const cli = (args: string[]) => {
      const out = spawnSync(process.execPath, [path.join(installed, 'bin', 'datascan.js'), ...args], {
        cwd: project,
        encoding: 'utf8',
        env: { ...process.env, DATASCAN_NO_CACHE: '1', NO_COLOR: '1' },
      });
      expect(out.status, out.stderr).toBe(0);
      return out.stdout;
    };
    expect(result.findings).toEqual([]);
    expect(result.respondents).toBe(5);
    // Byte for byte what `datascan score --aggregate` writes: the same scores and levels, the same texts.
    for (const format of ['table', 'json', 'ndjson', 'csv', 'markdown', 'html'])
      expect(format === 'html' ? fs.readFileSync(htmlFile, 'utf8') : result.rendered[format], format).toBe(
        cli(['score', folder, '--aggregate', '--format', format]),
      );
    expect(result.comparison).toBe(
      cli(['compare', path.join(EXAMPLE, 'quickscan-2025.yaml'), folder, '--format', 'markdown']),
    );
    expect(result.each).toEqual([1, 1, 1, 1, 1]);
    // The shipped questionnaires are found inside the installed package.
    expect(fs.realpathSync(result.quickscanFile)).toBe(
      fs.realpathSync(path.join(installed, 'questionnaires', 'odg-quickscan.yaml')),
    );
    expect(result.brokenQuestionnaire).toBeNull();
    expect(result.answers).toEqual(['answers.yaml:3:3 error unknown-question']);
  }, 120_000);
});
