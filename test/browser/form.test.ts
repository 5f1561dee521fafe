/**
 * The form page of `datascan form` in headless Chromium, opened from file:// as a participant
 * would: answered by clicking labels and typing notes, saved (the download captured), and the saved
 * file scored against the same answers written by the test itself; the draft found again after a
 * reload; a saved file opened to go on with; axe-core's WCAG 2.1 A and AA rules; and no request
 * leaving the page.
 *
 * Needs the Debian package `chromium` at /usr/bin/chromium. Without it the test is skipped locally;
 * in CI (process.env.CI set) it runs anyway and fails, so a missing browser never passes silently.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, canRunChromium, launchChromium } from '../helpers/chromium.js';
import { fixture, ROOT, runCli } from '../helpers/cli.js';

const WERKPLAATS = fixture('form', 'werkplaats.yaml');

/** Names and notes a YAML writer must quote or escape: quotes, colons, `#`, a leading `-`, newlines, `</script>`, unicode. */
const HOSTILE = {
  organisation: 'Gemeente "Aa": #1 – ĲSSELSTEIN',
  respondent: "- J. d'Vries: # test 🚲",
  role: '? rol: [a, b] {c}',
  note: 'Eerste: "regel" # geen commentaar\n- tweede regel </script><script>alert(1)</script>\n  café ß 日本',
  note2: '---\n...\n@at `tick` %pct *star &amp !bang |pipe >gt',
};

interface Recorded {
  requests: string[];
  errors: string[];
}

if (!canRunChromium) {
  describe('form page in headless Chromium', () => {
    it.skip(`skipped: ${CHROMIUM} is missing (install the Debian package "chromium"; in CI this test always runs)`, () => {});
  });
} else {
  describe('form page in headless Chromium', () => {
    let browser: Browser;
    const work = mkdtempSync(path.join(os.tmpdir(), 'datascan-form-browser-'));
    const pages: Record<string, string> = {};
    const recorded: Recorded[] = [];

    const makeForm = (name: string, args: string[]) => {
      const file = path.join(work, `${name}.html`);
      const r = runCli(['form', ...args, '-o', file]);
      expect(r.code, r.stderr).toBe(0);
      pages[name] = pathToFileURL(file).href;
    };

    beforeAll(async () => {
      expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: CI must install the Debian package "chromium"`).toBe(true);
      makeForm('werkplaats-nl', [WERKPLAATS, '--lang', 'nl']);
      makeForm('werkplaats-en', [WERKPLAATS, '--lang', 'en']);
      makeForm('odg-scan-nl', ['odg-scan', '--lang', 'nl', '--organisation', 'Gemeente Voorbeeld']);
      makeForm('odg-scan-en', ['odg-scan', '--lang', 'en']);
      browser = await launchChromium();
    });

    afterAll(async () => {
      await browser?.close();
      rmSync(work, { recursive: true, force: true });
    });

    /** A page in `context` with its requests and errors recorded; opened at `url`. */
    async function open(context: BrowserContext, url: string): Promise<Page> {
      const page = await context.newPage();
      const record: Recorded = { requests: [], errors: [] };
      recorded.push(record);
      page.on('request', (r) => record.requests.push(r.url()));
      page.on('console', (m) => {
        if (m.type() === 'error') record.errors.push(m.text());
      });
      page.on('pageerror', (e) => record.errors.push(String(e)));
      await page.goto(url, { waitUntil: 'load' });
      return page;
    }

    /** The question's fieldset, found by the text in its legend. */
    const question = (page: Page, text: string) =>
      page.locator('fieldset.question').filter({ has: page.locator('legend', { hasText: text }) });

    /** Clicks Save and keeps the download in `work`; gives its path and suggested name. */
    async function save(page: Page, button: RegExp): Promise<{ file: string; name: string }> {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: button }).click(),
      ]);
      const name = download.suggestedFilename();
      const file = path.join(work, `saved-${recorded.length}-${name}`);
      await download.saveAs(file);
      return { file, name };
    }

    /** `datascan score --format json` of a file, without where it came from. */
    function profileOf(file: string): unknown {
      const r = runCli(['score', file, '--dir', fixture('form'), '--format', 'json']);
      expect(r.code, r.stderr).toBe(0);
      return JSON.parse(r.stdout, (key, value: unknown) => (key === 'source' || key === 'sources' ? undefined : value));
    }

    /** Valid, with at most the warning a file saved with questions open has: it is in progress. */
    function validates(file: string): void {
      const r = runCli(['validate', file, '--dir', fixture('form')]);
      expect(r.code, r.stdout + r.stderr).toBe(0);
      const rules = [...(r.stdout + r.stderr).matchAll(/ (?:error|warning|info) ([a-z0-9-]+) /g)].map((m) => m[1]);
      expect(rules.filter((rule) => rule !== 'answers-in-progress' && rule !== 'answers-migrated')).toEqual([]);
    }

    it('werkplaats: answered by clicking labels and typing notes, saves a file that scores as the same answers written by hand', async () => {
      const context = await browser.newContext();
      const page = await open(context, pages['werkplaats-nl']!);
      await page.getByLabel('Organisatie').fill(HOSTILE.organisation);
      await page.getByLabel('Naam van wie antwoordt').fill(HOSTILE.respondent);
      await page.getByLabel('Rol of functie').fill(HOSTILE.role);
      await question(page, 'Weten medewerkers').getByText('Deels', { exact: true }).click();
      await question(page, 'Weten medewerkers').getByLabel('Notitie').fill(HOSTILE.note);
      await question(page, 'Zijn de rollen').getByText('Ja', { exact: true }).click();
      await question(page, 'vaste plek').getByText('Niet van toepassing', { exact: true }).click();
      await question(page, 'beveiligd').getByText('Niet (wet niet nageleefd)', { exact: true }).click();
      await question(page, 'beveiligd').getByLabel('Notitie').fill(HOSTILE.note2);
      await page
        .locator('fieldset.target', { hasText: 'voor Techniek' })
        .getByText('3 · Eind', { exact: true })
        .click();
      await expect.poll(() => page.locator('#progress').textContent()).toBe('4 van 4 beantwoord');
      const saved = await save(page, /Opslaan/);
      expect(saved.name).toBe('gemeente-aa-1-ijsselstein-j-d-vries-test.yaml');
      await expect.poll(() => page.locator('#status').textContent()).toContain(saved.name);

      validates(saved.file);
      const written = parse(readFileSync(saved.file, 'utf8'));
      const byHand = {
        questionnaire: 'werkplaats',
        version: '2.0.0',
        organisation: HOSTILE.organisation,
        respondent: { name: HOSTILE.respondent, role: HOSTILE.role },
        date: written.date,
        targets: { techniek: 3 },
        answers: {
          'kennis-1': { value: 2, note: HOSTILE.note },
          'rollen-1': 3,
          'opslag-1': 'not-applicable',
          'beveiliging-1': { value: 1, note: HOSTILE.note2 },
        },
        session: { status: 'complete', language: 'nl' },
      };
      // What run writes: the same keys in the same order, names and notes as typed.
      expect(written).toEqual(byHand);
      expect(Object.keys(written)).toEqual(Object.keys(byHand));
      const handFile = path.join(work, 'by-hand.json');
      writeFileSync(handFile, JSON.stringify(byHand));
      expect(profileOf(saved.file)).toEqual(profileOf(handFile));
      await context.close();
    });

    it('odg-scan: every question answered by clicking labels scores as the same answers written by hand', async () => {
      const shown = runCli(['show', 'odg-scan', '--format', 'json']);
      const q = JSON.parse(shown.stdout) as {
        scales: { id: string; options: { value: number; label: { nl: string } }[] }[];
        questions: {
          id: string;
          text: { nl: string };
          scale: string;
          options?: { value: number; label: { nl: string } }[];
        }[];
      };
      const context = await browser.newContext();
      const page = await open(context, pages['odg-scan-nl']!);
      const answers: Record<string, number> = {};
      for (const [i, x] of q.questions.entries()) {
        const options = x.options ?? q.scales.find((s) => s.id === x.scale)!.options;
        const option = options[i % options.length]!;
        answers[x.id] = option.value;
        await question(page, x.text.nl).getByText(option.label.nl, { exact: true }).click();
      }
      await expect
        .poll(() => page.locator('#progress').textContent())
        .toBe(`${q.questions.length} van ${q.questions.length} beantwoord`);
      const saved = await save(page, /Opslaan/);
      validates(saved.file);
      const handFile = path.join(work, 'odg-by-hand.yaml');
      const lines = [
        'questionnaire: odg-scan',
        `version: ${parse(readFileSync(saved.file, 'utf8')).version}`,
        'organisation: Gemeente Voorbeeld',
        `date: ${parse(readFileSync(saved.file, 'utf8')).date}`,
        'answers:',
        ...Object.entries(answers).map(([id, value]) => `  ${id}: ${value}`),
      ];
      writeFileSync(handFile, `${lines.join('\n')}\n`);
      expect(profileOf(saved.file)).toEqual(profileOf(handFile));
      await context.close();
    });

    it('keeps a draft: a reload finds every answer and note again; a draft of another version is not applied', async () => {
      const context = await browser.newContext();
      const page = await open(context, pages['werkplaats-nl']!);
      await question(page, 'Weten medewerkers').getByText('Volledig', { exact: true }).click();
      await question(page, 'Zijn de rollen').getByLabel('Notitie').fill(HOSTILE.note);
      await page.getByLabel('Organisatie').fill(HOSTILE.organisation);
      await page.reload({ waitUntil: 'load' });
      expect(await question(page, 'Weten medewerkers').getByLabel('Volledig').isChecked()).toBe(true);
      expect(await question(page, 'Zijn de rollen').getByLabel('Notitie').inputValue()).toBe(HOSTILE.note);
      expect(await page.getByLabel('Organisatie').inputValue()).toBe(HOSTILE.organisation);
      expect(await page.locator('#status').textContent()).toContain('1 van 4');
      expect(await page.locator('#progress').textContent()).toBe('1 van 4 beantwoord');

      // A draft this browser kept for version 1.0.0: said, offered to discard, not applied.
      await page.evaluate(
        `localStorage.setItem('datascan-form:' + JSON.stringify(['werkplaats', '1.0.0']), JSON.stringify({ answers: { 'rollen-1': 1 } }))`,
      );
      await page.reload({ waitUntil: 'load' });
      expect(await page.locator('#draft-other').isVisible()).toBe(true);
      expect(await page.locator('#draft-other-text').textContent()).toContain('versie 1.0.0');
      expect(await question(page, 'Zijn de rollen').getByLabel('Nee').isChecked()).toBe(false);
      // Werkplaats has no migrations: there is nothing to carry that draft over along.
      expect(await page.getByRole('button', { name: 'Dat concept overnemen' }).isVisible()).toBe(false);
      await page.getByRole('button', { name: 'Dat concept wissen' }).click();
      await page.reload({ waitUntil: 'load' });
      expect(await page.locator('#draft-other').isVisible()).toBe(false);

      // Clearing the draft empties the form, and a reload finds nothing.
      await page.getByRole('button', { name: 'Concept wissen' }).click();
      await page.reload({ waitUntil: 'load' });
      expect(await page.locator('#progress').textContent()).toBe('0 van 4 beantwoord');
      expect(await page.getByLabel('Organisatie').inputValue()).toBe('');
      await context.close();
    });

    it('opens a saved file to go on with, and refuses a file of another questionnaire', async () => {
      const context = await browser.newContext();
      const first = await open(context, pages['werkplaats-en']!);
      await question(first, 'Do staff know').getByText('Partly', { exact: true }).click();
      await question(first, 'Do staff know').getByLabel('Note').fill(HOSTILE.note);
      await first.getByLabel('Name of the respondent').fill(HOSTILE.respondent);
      const partial = await save(first, /Save/);
      // Saved with questions open: said, with the open questions to jump to; the file is in progress.
      await expect.poll(() => first.locator('#summary-text').textContent()).toContain('3 of the 4 questions');
      expect(await first.locator('#open-list a').allTextContents()).toHaveLength(3);
      expect(parse(readFileSync(partial.file, 'utf8')).session.status).toBe('in-progress');
      validates(partial.file);
      await context.close();

      // Another browser (no draft): open the file, go on, save.
      const other = await browser.newContext();
      const page = await open(other, pages['werkplaats-en']!);
      await page.setInputFiles('#open-file', partial.file);
      await expect.poll(() => page.locator('#status').textContent()).toContain('1 of 4 questions answered');
      expect(await question(page, 'Do staff know').getByLabel('Partly').isChecked()).toBe(true);
      expect(await question(page, 'Do staff know').getByLabel('Note').inputValue()).toBe(HOSTILE.note);
      for (const [text, label] of [
        ['roles around data', 'No'],
        ['kept in one place', "Don't know"],
        ['secured', 'In part'],
      ] as const)
        await question(page, text).getByText(label, { exact: true }).click();
      const done = await save(page, /Save/);
      validates(done.file);
      const file = parse(readFileSync(done.file, 'utf8'));
      expect(file.answers).toEqual({
        'kennis-1': { value: 2, note: HOSTILE.note },
        'rollen-1': 1,
        'opslag-1': 'unknown',
        'beveiliging-1': 2,
      });
      expect(file.respondent).toEqual({ name: HOSTILE.respondent });
      expect(file.session.status).toBe('complete');

      // An answer file of another questionnaire is refused with a message; nothing changes.
      const foreign = path.join(work, 'foreign.yaml');
      writeFileSync(foreign, 'questionnaire: odg-scan\nanswers:\n  kennis-1: 3\n');
      await page.setInputFiles('#open-file', foreign);
      await expect
        .poll(() => page.locator('#status').textContent())
        .toBe('foreign.yaml holds answers to odg-scan, not to werkplaats');
      expect(await question(page, 'Do staff know').getByLabel('Partly').isChecked()).toBe(true);
      await other.close();
    });

    it('opens an answer file of an earlier version carried over along the migrations, as datascan migrate does', async () => {
      const folder = path.join(ROOT, 'examples', 'gemeente-voorbeeld', 'scan-2026-v1.0.0');
      const files = readdirSync(folder).filter((f) => f.endsWith('.yaml'));
      expect(files.length).toBeGreaterThan(0);
      const context = await browser.newContext();
      const page = await open(context, pages['odg-scan-en']!);
      for (const name of files) {
        // What the CLI makes of the file: the answers it carries over, and its words for the counts.
        const copy = path.join(work, `old-${name}`);
        writeFileSync(copy, readFileSync(path.join(folder, name)));
        const migratedFile = path.join(work, `migrated-${name}`);
        const cli = runCli(['migrate', copy, '-o', migratedFile, '--lang', 'en']);
        expect(cli.code, cli.stderr).toBe(0);
        const counts = /answered for 1\.0\.0: (.*) \(now 1\.1\.0\)/.exec(cli.stderr)?.[1];
        expect(counts, cli.stderr).toMatch(/carried over, \d+ dropped, \d+ new or changed questions open/);
        const migrated = parse(readFileSync(migratedFile, 'utf8'));

        await page.setInputFiles('#open-file', copy);
        const status = page.locator('#status');
        await expect.poll(() => status.textContent()).toContain(`this is version 1.1.0 of odg-scan: ${counts}.`);
        const dropped = /the dropped answers \(([^)]*)\)/.exec(cli.stderr)?.[1];
        expect(await status.textContent()).toContain(
          `Dropped (the question changed): ${dropped}; they remain only in old-${name}.`,
        );
        // The page shows the answers the CLI carried over, no more: saved, they are the same.
        const saved = await save(page, /Save/);
        validates(saved.file);
        const written = parse(readFileSync(saved.file, 'utf8'));
        expect(written.version).toBe('1.1.0');
        expect(written.answers).toEqual(migrated.answers);
      }
      await context.close();
    });

    it('carries a draft of an earlier version over along the migrations, as datascan migrate does; a later one is not offered', async () => {
      const folder = path.join(ROOT, 'examples', 'gemeente-voorbeeld', 'scan-2026-v1.0.0');
      const name = readdirSync(folder).find((f) => f.endsWith('.yaml'))!;
      const copy = path.join(work, `draft-${name}`);
      writeFileSync(copy, readFileSync(path.join(folder, name)));
      const migratedFile = path.join(work, `draft-migrated-${name}`);
      const cli = runCli(['migrate', copy, '-o', migratedFile, '--lang', 'en']);
      expect(cli.code, cli.stderr).toBe(0);
      const counts = /answered for 1\.0\.0: (.*) \(now 1\.1\.0\)/.exec(cli.stderr)?.[1];
      const dropped = /the dropped answers \(([^)]*)\)/.exec(cli.stderr)?.[1];
      expect(dropped, cli.stderr).toBeDefined();
      const migrated = parse(readFileSync(migratedFile, 'utf8'));
      const withValue = Object.values(migrated.answers as Record<string, unknown>).filter(
        (a) => typeof a !== 'object' || (a !== null && 'value' in a),
      ).length;

      // The drafts this browser kept for 1.0.0 (this file's answers) and for a later 2.0.0.
      const context = await browser.newContext();
      const page = await open(context, pages['odg-scan-en']!);
      const key = (version: string) => 'datascan-form:' + JSON.stringify(['odg-scan', version]);
      const draft = JSON.stringify(parse(readFileSync(copy, 'utf8')));
      // As text: the test is type-checked without the browser's types.
      await page.evaluate(
        `localStorage.setItem(${JSON.stringify(key('1.0.0'))}, ${JSON.stringify(draft)});` +
          `localStorage.setItem(${JSON.stringify(key('2.0.0'))}, ${JSON.stringify(JSON.stringify({ answers: {} }))});`,
      );
      await page.reload({ waitUntil: 'load' });
      expect(await page.locator('#draft-other-text').textContent()).toContain('version 1.0.0');
      await page.getByRole('button', { name: 'Carry that draft over' }).click();

      const total = (await page.locator('fieldset.question').count()) as number;
      const status = page.locator('#status');
      await expect.poll(() => status.textContent()).toContain(`${withValue} of ${total} questions answered`);
      expect(await status.textContent()).toContain(
        `Note: the draft in this browser was answered for 1.0.0; this is version 1.1.0 of odg-scan: ${counts}.`,
      );
      expect(await status.textContent()).toContain(`Dropped (the question changed): ${dropped}.`);
      expect(await page.locator('#progress').textContent()).toBe(`${withValue} of ${total} answered`);
      // The later draft is still said, with nothing to carry it over along.
      expect(await page.locator('#draft-other-text').textContent()).not.toContain('1.0.0');
      expect(await page.locator('#draft-other-text').textContent()).toContain('version 2.0.0');
      expect(await page.getByRole('button', { name: 'Carry that draft over' }).isVisible()).toBe(false);

      // Kept as this version's draft, the 1.0.0 one gone: a reload restores it.
      expect(await page.evaluate(`localStorage.getItem(${JSON.stringify(key('1.0.0'))})`)).toBeNull();
      await page.reload({ waitUntil: 'load' });
      expect(await status.textContent()).toContain(`Your draft in this browser was restored: ${withValue} of ${total}`);
      const saved = await save(page, /Save/);
      validates(saved.file);
      const written = parse(readFileSync(saved.file, 'utf8'));
      expect(written.version).toBe('1.1.0');
      expect(written.answers).toEqual(migrated.answers);
      await context.close();
    });

    it('refuses a file it cannot read with one line and leaves the form as it was: not UTF-8, a duplicate key, an alias bomb', async () => {
      const context = await browser.newContext();
      const page = await open(context, pages['werkplaats-en']!);
      await question(page, 'Do staff know').getByText('Partly', { exact: true }).click();
      const latin1 = path.join(work, 'latin1.yaml');
      writeFileSync(
        latin1,
        Buffer.from('questionnaire: werkplaats\norganisation: Caf\xe9\nanswers:\n  kennis-1: 3\n', 'latin1'),
      );
      const duplicate = path.join(work, 'duplicate.yaml');
      writeFileSync(duplicate, 'questionnaire: werkplaats\nanswers:\n  kennis-1: 1\n  kennis-1: 3\n');
      const bomb = path.join(work, 'bomb.yaml');
      const levels = Array.from(
        { length: 10 },
        (_, i) => `l${i + 1}: &l${i + 1} [${Array(9).fill(`*l${i}`).join(', ')}]`,
      );
      writeFileSync(
        bomb,
        [
          'questionnaire: werkplaats',
          'l0: &l0 [x, x, x, x, x, x, x, x, x]',
          ...levels,
          'answers:',
          '  kennis-1: 3',
          '',
        ].join('\n'),
      );
      for (const [file, said] of [
        [latin1, 'latin1.yaml cannot be read: file is not valid UTF-8 text'],
        [duplicate, 'duplicate.yaml cannot be read: Map keys must be unique at line 4, column 3'],
        [bomb, 'bomb.yaml cannot be read: Excessive alias count indicates a resource exhaustion attack'],
      ] as const) {
        await page.setInputFiles('#open-file', file);
        await expect.poll(() => page.locator('#status').textContent()).toBe(said);
        expect(await question(page, 'Do staff know').getByLabel('Partly').isChecked()).toBe(true);
        expect(await page.getByLabel('Organisation').inputValue()).toBe('');
      }
      await context.close();
    });

    /** Whether leaving the page makes the browser ask first. */
    async function asksBeforeLeaving(page: Page): Promise<boolean> {
      let asked = false;
      page.on('dialog', (dialog) => {
        if (dialog.type() === 'beforeunload') asked = true;
        void dialog.accept();
      });
      await page.close({ runBeforeUnload: true });
      await page.waitForEvent('close');
      return asked;
    }

    it('without storage for drafts it says so in place of the draft notice, and asks before what was typed is left', async () => {
      const context = await browser.newContext();
      // As a browser that gives a page from a file no storage: reading localStorage throws.
      await context.addInitScript(
        "Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });",
      );
      const page = await open(context, pages['werkplaats-nl']!);
      const notice = page.locator('#draft-notice');
      expect(await notice.textContent()).toContain('Deze browser staat niet toe dat de pagina een concept bewaart');
      expect(await notice.textContent()).not.toContain('bewaart deze browser als concept');
      // Said once, where the notice is: not again in the status.
      expect(await page.locator('#status').textContent()).toBe('');
      expect(await page.getByRole('button', { name: 'Concept wissen' }).isVisible()).toBe(false);
      await question(page, 'Weten medewerkers').getByText('Deels', { exact: true }).click();
      await question(page, 'Weten medewerkers').getByLabel('Notitie').fill('getypt');
      expect(await page.locator('#progress').textContent()).toBe('1 van 4 beantwoord');
      expect(await asksBeforeLeaving(page)).toBe(true);

      // Once saved, leaving loses nothing: the page does not ask.
      const again = await open(context, pages['werkplaats-nl']!);
      await question(again, 'Weten medewerkers').getByText('Deels', { exact: true }).click();
      await save(again, /Opslaan/);
      expect(await asksBeforeLeaving(again)).toBe(false);
      await context.close();
    });

    it('with the storage full it says the draft is no longer kept, and keeps drafts again once there is room', async () => {
      const context = await browser.newContext();
      const page = await open(context, pages['werkplaats-en']!);
      await question(page, 'Do staff know').getByText('Partly', { exact: true }).click();
      // Fill this origin's storage to the last character the browser allows.
      await page.evaluate(`(() => {
        let size = 1 << 20;
        for (let i = 0; size > 0; i++) {
          try { localStorage.setItem('filler-' + i, 'x'.repeat(size)); } catch { size >>= 1; }
        }
      })()`);
      await question(page, 'Do staff know').getByLabel('Note').fill('typed while the storage is full');
      const notice = page.locator('#draft-notice');
      await expect.poll(() => notice.textContent()).toContain("This browser's storage is full");
      expect(await page.locator('#status').textContent()).toContain("This browser's storage is full");
      expect(await question(page, 'Do staff know').getByLabel('Note').inputValue()).toBe(
        'typed while the storage is full',
      );

      await page.evaluate(
        `Object.keys(localStorage).filter((k) => k.startsWith('filler-')).forEach((k) => localStorage.removeItem(k))`,
      );
      await question(page, 'Do staff know').getByLabel('Note').fill('room again');
      await expect.poll(() => notice.textContent()).toContain('This browser keeps everything you fill in as a draft');
      await page.reload({ waitUntil: 'load' });
      expect(await question(page, 'Do staff know').getByLabel('Note').inputValue()).toBe('room again');
      await context.close();
    });

    it('asks before leaving when the storage is full and the typing was not saved', async () => {
      const context = await browser.newContext();
      await context.addInitScript(
        "Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };",
      );
      const page = await open(context, pages['werkplaats-en']!);
      expect(await page.locator('#draft-notice').textContent()).toContain('This browser keeps everything');
      await question(page, 'Do staff know').getByText('Fully', { exact: true }).click();
      await expect.poll(() => page.locator('#draft-notice').textContent()).toContain("This browser's storage is full");
      expect(await asksBeforeLeaving(page)).toBe(true);
      await context.close();
    });

    it('works with the keyboard alone, with a visible focus', async () => {
      const context = await browser.newContext();
      const page = await open(context, pages['werkplaats-nl']!);
      // The first Tab reaches the link past the tools to the questions; from there Tab enters question 1.
      await page.keyboard.press('Tab');
      expect(await page.evaluate('document.activeElement.textContent')).toBe('Naar de vragen');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      expect(await page.evaluate('document.activeElement.id')).toBe('q-1-1');
      // Focus shows: an outline of 3px.
      expect(await page.evaluate('getComputedStyle(document.activeElement).outlineWidth')).toBe('3px');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
      await page.keyboard.type('met het toetsenbord');
      expect(await page.evaluate('document.activeElement.id')).toBe('q-1-note');
      expect(await page.locator('#progress').textContent()).toBe('1 van 4 beantwoord');
      expect(await question(page, 'Weten medewerkers').getByLabel('Deels').isChecked()).toBe(true);
      await context.close();
    });

    it('prints as a list of the questions with the answers chosen, without the controls', async () => {
      const context = await browser.newContext();
      const page = await open(context, pages['werkplaats-nl']!);
      await question(page, 'Weten medewerkers').getByText('Deels', { exact: true }).click();
      await page.emulateMedia({ media: 'print' });
      const visible = async (selector: string) => page.locator(selector).isVisible();
      expect(await visible('#save')).toBe(false);
      expect(await visible('#open-file')).toBe(false);
      expect(await question(page, 'Weten medewerkers').locator('.choice:visible').allTextContents()).toEqual(['Deels']);
      // Every question is printed, answered or not.
      expect(await page.locator('fieldset.question legend:visible').count()).toBe(4);
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      await context.close();
    });

    it('axe-core finds no WCAG 2.1 A or AA violations on either form, in Dutch and English', async () => {
      const axe = readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
      // The page's policy forbids added scripts (that is tested below): only axe's context bypasses it.
      const context = await browser.newContext({ bypassCSP: true });
      for (const name of ['werkplaats-nl', 'werkplaats-en', 'odg-scan-nl', 'odg-scan-en']) {
        const page = await open(context, pages[name]!);
        // With a draft restored and questions open, as a participant sees it after saving.
        await page.locator('fieldset.question label').first().click();
        await page.locator('textarea').first().fill('note');
        await page.addScriptTag({ content: axe });
        const result = (await page.evaluate(
          `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')))`,
        )) as string[];
        expect(result, name).toEqual([]);
        await page.close();
      }
      await context.close();
    });

    it('the Content-Security-Policy is in force, the page breaks none of it, and no request leaves it', async () => {
      const context = await browser.newContext();
      for (const url of Object.values(pages)) {
        const page = await context.newPage();
        await page.addInitScript(
          "window.cspViolations = []; document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));",
        );
        const requests: string[] = [];
        page.on('request', (r) => requests.push(r.url()));
        await page.goto(url, { waitUntil: 'load' });
        // The script ran (it wrote the list of open questions), under the policy.
        expect(await page.locator('#open-list li').count()).toBeGreaterThan(0);
        expect(await page.evaluate('window.cspViolations')).toEqual([]);
        await page.evaluate(
          "const script = document.createElement('script'); script.textContent = 'window.ran = true'; document.head.append(script);",
        );
        await page.waitForFunction('window.cspViolations.length > 0', undefined, { timeout: 5000 });
        expect(await page.evaluate('window.ran')).toBeUndefined();
        expect(requests).toEqual([url]);
        await page.close();
      }
      await context.close();
      // Every page the tests above opened: the file itself, and the saves' own downloads (blob: URLs) only.
      for (const record of recorded) {
        expect(record.errors).toEqual([]);
        expect(record.requests.filter((u) => !u.startsWith('file://') && !u.startsWith('blob:'))).toEqual([]);
        expect(
          record.requests.filter((u) => u.startsWith('file://')).every((u) => Object.values(pages).includes(u)),
        ).toBe(true);
      }
      expect(recorded.length).toBeGreaterThan(4);
    });
  });
}
