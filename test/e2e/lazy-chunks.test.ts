/**
 * Each command's chunk of the built CLI loads only what that command needs: the HTML report and the
 * score command are imported on demand, never statically by `validate`, `run` or `score` itself.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const CHUNKS = path.join(ROOT, 'dist', 'chunks');

/** The chunk files a command's chunk loads when it starts: itself and its static imports, transitively. */
function staticClosure(command: string): string[] {
  const entry = fs.readdirSync(CHUNKS).find((f) => f.startsWith(`${command}-`) && f.endsWith('.js'));
  if (!entry) throw new Error(`no chunk for ${command} in ${CHUNKS}`);
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = fs.readFileSync(path.join(CHUNKS, file), 'utf8');
    // `import … from"./x.js"`, `export … from"./x.js"` and `import"./x.js"`; not `import("./x.js")`.
    for (const match of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) visit(match[1]!);
  };
  visit(entry);
  return [...seen];
}

const loads = (command: string, marker: string) =>
  staticClosure(command).some((file) => fs.readFileSync(path.join(CHUNKS, file), 'utf8').includes(marker));

// Strings only these modules contain: the HTML report's document type, the score command's progress bar.
const HTML_REPORT = '<!DOCTYPE html>';
const SCORE_COMMAND = 'scoring [{bar}]';

describe('lazy loading in the build', () => {
  it.each(['validate', 'run', 'score', 'template', 'list', 'show', 'test'])(
    'the %s chunk does not load the HTML report',
    (command) => {
      expect(loads(command, HTML_REPORT)).toBe(false);
    },
  );

  it.each(['validate', 'run', 'compare', 'template', 'test'])(
    'the %s chunk does not load the score command',
    (command) => {
      expect(loads(command, SCORE_COMMAND)).toBe(false);
    },
  );

  it('the markers are where they are expected (so the checks above can fail)', () => {
    expect(loads('score', SCORE_COMMAND)).toBe(true);
    const html = fs
      .readdirSync(CHUNKS)
      .some((f) => f.endsWith('.js') && fs.readFileSync(path.join(CHUNKS, f), 'utf8').includes(HTML_REPORT));
    expect(html).toBe(true);
  });

  it('keeps the QR encoder (qrcode) in a vendor file of its own, loaded by the workshop only when it is used', () => {
    // A message only the qrcode package's encoder has.
    const marker = 'Minimum version required to store current data';
    expect(fs.readFileSync(path.join(ROOT, 'dist', 'vendor', 'qrcode.cjs'), 'utf8')).toContain(marker);
    const inChunks = fs
      .readdirSync(CHUNKS)
      .filter((f) => f.endsWith('.js') && fs.readFileSync(path.join(CHUNKS, f), 'utf8').includes(marker));
    expect(inChunks).toEqual([]);
  });
});
