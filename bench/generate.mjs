// Generates answer files for the full scan: deterministic (seeded), plausible spread of answers.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';

const ROLES = ['wethouder', 'gemeentesecretaris', 'informatiemanager', 'data-analist', 'beleidsadviseur'];

export function questionIds() {
  const scan = parse(readFileSync('questionnaires/odg-scan.yaml', 'utf8'));
  return { ids: scan.questions.map((q) => q.id), version: scan.version };
}

function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function answerFile(i, ids, version) {
  const next = random(i + 1);
  const base = 1 + Math.floor(next() * 3);
  const answers = {};
  for (const id of ids) {
    const r = next();
    if (r < 0.05) answers[id] = 'unknown';
    else if (r < 0.08) continue;
    else answers[id] = Math.min(4, Math.max(1, base + Math.floor(next() * 3) - 1));
  }
  return {
    questionnaire: 'odg-scan',
    version,
    organisation: `Gemeente ${1000 + (i % 340)}`,
    respondent: { name: `Respondent ${i}`, role: ROLES[i % ROLES.length] },
    date: '2026-11-28',
    answers,
  };
}

/** Writes `count` files as YAML or JSON into `dir` (emptied first). */
export function generate(dir, count, format) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const { ids, version } = questionIds();
  for (let i = 0; i < count; i++) {
    const data = answerFile(i, ids, version);
    const name = path.join(dir, `answers-${String(i).padStart(5, '0')}.${format}`);
    // The date quoted, as datascan writes it (rule yaml11-date): a YAML 1.1 reader would make it a Date.
    const yaml = stringify(data).replace(/^date: (\d{4}-\d\d-\d\d)$/m, 'date: "$1"');
    writeFileSync(name, format === 'json' ? JSON.stringify(data) + '\n' : yaml);
  }
}
