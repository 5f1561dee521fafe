/** `datascan form` end to end on the built CLI: the page written atomically, its size, and usage errors. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-form-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('datascan form', () => {
  it("writes the full scan's page to -o, under 300 KB, with the details given", () => {
    const file = path.join(work, 'scan.html');
    const r = runCli(['form', 'odg-scan', '-o', file, '--organisation', 'Gemeente Voorbeeld', '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe(`datascan: wrote ${file}\n`);
    const html = fs.readFileSync(file, 'utf8');
    expect(Buffer.byteLength(html)).toBeLessThan(300 * 1024);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('value="Gemeente Voorbeeld" readonly');
    // Every question of the scan is on the page.
    const questions = runCli(['show', 'odg-scan', '--format', 'json']);
    const count = (JSON.parse(questions.stdout) as { questions: unknown[] }).questions.length;
    expect(html.match(/<fieldset class="question"/g)).toHaveLength(count);
  });

  it('writes to stdout without -o, in Dutch by default', () => {
    const r = runCli(['form', fixture('form', 'werkplaats.yaml')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^<!DOCTYPE html>\n<html lang="nl">/);
    expect(r.stdout).toContain('<title>Vragenlijst invullen – Werkplaatsscan</title>');
  });

  it('refuses an -o that is not .html, and a language it has no words for (exit 2)', () => {
    const yaml = runCli(['form', 'odg-scan', '-o', path.join(work, 'answers.yaml')]);
    expect(yaml.code).toBe(2);
    expect(yaml.stderr).toContain('answers.yaml: the form is one HTML page; give the file a .html name');
    expect(fs.existsSync(path.join(work, 'answers.yaml'))).toBe(false);
    const lang = runCli(['form', 'odg-scan', '--lang', 'de']);
    expect(lang.code).toBe(2);
    expect(lang.stdout).toBe('');
  });

  it('refuses an unknown questionnaire as the other commands do (exit 1)', () => {
    const r = runCli(['form', 'no-such-scan', '-o', path.join(work, 'x.html')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('unknown questionnaire `no-such-scan`');
    expect(fs.existsSync(path.join(work, 'x.html'))).toBe(false);
  });
});
