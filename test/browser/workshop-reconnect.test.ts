/**
 * The participant page of `datascan workshop` in headless Chromium when the connection drops: the
 * answer given meanwhile is kept in the page, the page says it is not saved and will be sent again,
 * and once the connection is back it arrives in the participant's answer file by itself.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, canRunChromium, launchChromium } from '../helpers/chromium.js';
import { parse } from 'yaml';
import { ROOT, fixture, runCli } from '../helpers/cli.js';
import { joinAs, killWorkshops, participantFile, startWorkshop } from '../helpers/workshop-server.js';

const QUESTIONNAIRE = fixture('form', 'werkplaats.yaml');

const question = (page: Page, text: string) =>
  page.locator('fieldset.question').filter({ has: page.locator('legend', { hasText: text }) });

/** Waits until `predicate` holds for the file's text (the server writes it; the test does not time it). */
async function fileSays(file: () => string | undefined, predicate: (text: string) => boolean): Promise<string> {
  for (;;) {
    const name = file();
    const text = name !== undefined && fs.existsSync(name) ? fs.readFileSync(name, 'utf8') : '';
    if (predicate(text)) return text;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Ann in a room of her own: her first answer saved, then the connection drops for saves and her
 * second answer ("Are the roles": Yes) stays in the page, not saved.
 */
async function annAnsweredOffline(browser: Browser, prefix: string) {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), prefix)), 'room');
  const w = await startWorkshop(QUESTIONNAIRE, dir);
  const ann = await joinAs(w, 'Ann');
  const file = () => participantFile(dir, 'ann-');
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(ann);
  await question(page, 'Do staff know').getByText('Partly', { exact: true }).click();
  await fileSays(file, (text) => /kennis-1: 2/.test(text));
  await page.route('**/answers', (route) =>
    route.request().method() === 'PUT' ? route.abort('internetdisconnected') : route.continue(),
  );
  await question(page, 'Are the roles').getByText('Yes', { exact: true }).click();
  await page.locator('#status', { hasText: 'Not saved' }).waitFor();
  return { context, page, file };
}

if (!canRunChromium) {
  describe('workshop participant page in headless Chromium', () => {
    it.skip(`skipped: ${CHROMIUM} is missing (install the Debian package "chromium"; in CI this test always runs)`, () => {});
  });
} else {
  describe('workshop participant page in headless Chromium', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
    });
    afterEach(killWorkshops);

    it('keeps an answer given while offline and sends it when the connection returns', async () => {
      const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-workshop-reconnect-')), 'room');
      const w = await startWorkshop(QUESTIONNAIRE, dir);
      const ann = await joinAs(w, 'Ann');
      const file = () => participantFile(dir, 'ann-');
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(ann);
      await question(page, 'Do staff know').getByText('Partly', { exact: true }).click();
      await fileSays(file, (text) => /kennis-1: 2/.test(text));

      await context.setOffline(true);
      await question(page, 'Are the roles').getByText('Yes', { exact: true }).click();
      await page.locator('#status', { hasText: 'Not saved — it will be sent again' }).waitFor();
      expect(fs.readFileSync(file() as string, 'utf8')).not.toContain('rollen-1');

      await context.setOffline(false);
      const text = await fileSays(file, (t) => /rollen-1: 3/.test(t));
      expect(text).toContain('kennis-1: 2');
      await page.locator('#status', { hasText: 'Saved with the facilitator.' }).waitFor();
      await context.close();
    }, 60_000);

    it('keeps what two devices of one participant save: each merges the other in, nothing is written over', async () => {
      const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-workshop-two-')), 'room');
      const w = await startWorkshop(QUESTIONNAIRE, dir);
      const ann = await joinAs(w, 'Ann');
      const file = () => participantFile(dir, 'ann-');
      // A phone and a laptop: a browser context each, both opened before either saves.
      const open = async () => {
        const context = await browser.newContext();
        const page = await context.newPage();
        const read = page.waitForResponse((r) => r.url().endsWith('/answers') && r.request().method() === 'GET');
        await page.goto(ann);
        await read;
        return { context, page };
      };
      const a = await open();
      const b = await open();
      const savedBy = (page: Page) => page.waitForResponse((r) => r.request().method() === 'PUT' && r.status() === 204);

      let saved = savedBy(a.page);
      await question(a.page, 'Do staff know').getByText('Partly', { exact: true }).click();
      await saved;
      saved = savedBy(b.page);
      const conflict = b.page.waitForResponse((r) => r.request().method() === 'PUT' && r.status() === 409);
      await question(b.page, 'Are the roles').getByText('Yes', { exact: true }).click();
      await conflict;
      await saved;
      const text = fs.readFileSync(file() as string, 'utf8');
      expect(text).toMatch(/kennis-1: 2/);
      expect(text).toMatch(/rollen-1: 3/);
      // B shows A's answer at once, and says why.
      await b.page.locator('#status', { hasText: 'another tab or on another device' }).waitFor();
      expect(await question(b.page, 'Do staff know').getByLabel('Partly', { exact: true }).isChecked()).toBe(true);

      // Reloaded, either page shows both.
      for (const { page } of [a, b]) {
        const read = page.waitForResponse((r) => r.url().endsWith('/answers') && r.request().method() === 'GET');
        await page.reload();
        await read;
        expect(await question(page, 'Do staff know').getByLabel('Partly', { exact: true }).isChecked()).toBe(true);
        expect(await question(page, 'Are the roles').getByLabel('Yes', { exact: true }).isChecked()).toBe(true);
      }
      await a.context.close();
      await b.context.close();
    }, 60_000);

    it("keeps each participant's draft apart on one device: the next person's page is empty and saves only theirs", async () => {
      const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-workshop-shared-')), 'room');
      const w = await startWorkshop(QUESTIONNAIRE, dir);
      const ann = await joinAs(w, 'Ann');
      const bob = await joinAs(w, 'Bob');
      const fileOf = (prefix: string) => participantFile(dir, prefix);
      // One laptop passed round the room: one browser context, so one storage.
      const context = await browser.newContext();
      const first = await context.newPage();
      await first.goto(ann);
      await question(first, 'Do staff know').getByText('Partly', { exact: true }).click();
      await question(first, 'Do staff know').getByLabel('Note').fill('only Ann says this');
      await fileSays(
        () => fileOf('ann-'),
        (text) => text.includes('only Ann says this'),
      );

      const second = await context.newPage();
      const read = second.waitForResponse((r) => r.url().endsWith('/answers') && r.request().method() === 'GET');
      await second.goto(bob);
      await read;
      expect(await second.locator('input[type="radio"]:checked').count()).toBe(0);
      expect(await question(second, 'Do staff know').getByLabel('Note').inputValue()).toBe('');
      const saved = second.waitForResponse((r) => r.request().method() === 'PUT' && r.status() === 204);
      await question(second, 'Are the roles').getByText('Yes', { exact: true }).click();
      await saved;
      const bobs = parse(fs.readFileSync(fileOf('bob-') as string, 'utf8')) as { answers: unknown };
      expect(bobs.answers).toEqual({ 'rollen-1': 3 });
      // And Ann's page, opened again on that laptop, still finds hers.
      await first.reload();
      await first.locator('#status', { hasText: 'Your earlier answers were put back' }).waitFor();
      expect(await question(first, 'Do staff know').getByLabel('Note').inputValue()).toBe('only Ann says this');
      await context.close();
    }, 60_000);

    it('keeps an answer given offline across a reload: merged over the answers saved, and sent once back', async () => {
      const { context, page, file } = await annAnsweredOffline(browser, 'datascan-workshop-reload-');

      // Reloaded before it is back: the server's answers are read, the change made offline stays over
      // them, and the page sends it (still failing: it says it will send it again).
      const resent = page.waitForRequest((r) => r.method() === 'PUT');
      await page.reload();
      await resent;
      await page.locator('#status', { hasText: 'Not saved' }).waitFor();
      expect(await question(page, 'Are the roles').getByLabel('Yes', { exact: true }).isChecked()).toBe(true);
      expect(await question(page, 'Do staff know').getByLabel('Partly', { exact: true }).isChecked()).toBe(true);
      expect(fs.readFileSync(file() as string, 'utf8')).not.toContain('rollen-1');

      await page.unroute('**/answers');
      const text = await fileSays(file, (t) => /rollen-1: 3/.test(t));
      expect(text).toContain('kennis-1: 2');
      await context.close();
    }, 60_000);

    it('keeps an answer given offline across a reload whose first read is refused (429): sent once the server answers', async () => {
      const { context, page, file } = await annAnsweredOffline(browser, 'datascan-workshop-busy-');

      // A room of phones reloading at once as the Wi-Fi returns: the first read is refused as too many.
      await page.unroute('**/answers');
      let refused = false;
      await page.route('**/answers', (route) => {
        if (route.request().method() === 'GET' && !refused) {
          refused = true;
          return route.fulfill({ status: 429, headers: { 'Retry-After': '1' }, body: '' });
        }
        return route.continue();
      });
      await page.reload();
      const text = await fileSays(file, (t) => /rollen-1: 3/.test(t));
      expect(refused).toBe(true);
      expect(text).toContain('kennis-1: 2');
      await context.close();
    }, 60_000);

    it('sends a save whose answer was lost again, finds it saved, and stops', async () => {
      const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-workshop-lost-')), 'room');
      const w = await startWorkshop(QUESTIONNAIRE, dir);
      const ann = await joinAs(w, 'Ann');
      const file = () => participantFile(dir, 'ann-');
      const context = await browser.newContext();
      const page = await context.newPage();
      const read = page.waitForResponse((r) => r.url().endsWith('/answers') && r.request().method() === 'GET');
      await page.goto(ann);
      await read;
      const puts: number[] = [];
      page.on('response', (r) => {
        if (r.request().method() === 'PUT') puts.push(r.status());
      });
      // The first save reaches the server, which writes it; its answer never reaches the page.
      let lost = 0;
      await page.route('**/answers', async (route) => {
        if (route.request().method() !== 'PUT' || lost++ > 0) return route.continue();
        await route.fetch();
        await route.abort('connectionreset');
      });
      await question(page, 'Do staff know').getByText('Partly', { exact: true }).click();
      await page.locator('#status', { hasText: 'Not saved' }).waitFor();
      await page.locator('#status', { hasText: 'Saved with the facilitator.' }).waitFor();
      expect(fs.readFileSync(file() as string, 'utf8')).toMatch(/kennis-1: 2/);
      // Sent once more, refused as made on older answers that hold it already: nothing more to send.
      expect(puts).toEqual([409]);
      expect(await question(page, 'Do staff know').getByLabel('Partly', { exact: true }).isChecked()).toBe(true);
      await context.close();
    }, 60_000);

    // The offline form's words for saving a file and keeping a draft on "this computer".
    const OFFLINE_WORDS = {
      en: ['Save as answer file', 'Downloads', 'Send that file', 'this computer'],
      nl: ['Opslaan als antwoordbestand', 'Downloads', 'Stuur dat bestand', 'deze computer'],
    };

    it('speaks of the workshop, not of a file or this computer; the offline form keeps its words', async () => {
      const axe = fs.readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
      for (const [language, save] of [
        ['en', 'Save'],
        ['nl', 'Opslaan'],
      ] as const) {
        const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-workshop-words-')), 'room');
        const w = await startWorkshop(QUESTIONNAIRE, dir, ['--lang', language]);
        const ann = await joinAs(w, 'Ann');
        // axe's script is let in past the page's policy; nothing else differs.
        const context = await browser.newContext({ bypassCSP: true });
        const page = await context.newPage();
        await page.goto(ann);
        const text = await page.locator('body').innerText();
        for (const words of OFFLINE_WORDS[language]) expect(text, language).not.toContain(words);
        expect(await page.getByRole('button', { name: save }).getAttribute('id')).toBe('save');
        await page.addScriptTag({ content: axe });
        const violations = (await page.evaluate(
          `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((r) => r.violations.map((v) => v.id))`,
        )) as string[];
        expect(violations, language).toEqual([]);
        await context.close();

        // The offline form of the same questionnaire says them still.
        const offline = path.join(dir, '..', 'form.html');
        expect(runCli(['form', QUESTIONNAIRE, '--lang', language, '-o', offline]).code).toBe(0);
        const plain = await browser.newContext();
        const form = await plain.newPage();
        await form.goto(`file://${offline}`);
        const offlineText = await form.locator('body').innerText();
        for (const words of OFFLINE_WORDS[language]) expect(offlineText, language).toContain(words);
        expect(await form.getByRole('button', { name: save }).getAttribute('id')).toBe('save');
        await plain.close();
        w.child.kill('SIGINT');
      }
    }, 60_000);

    it('clears only the copy in this browser: the answers stay in the page and with the workshop', async () => {
      const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-workshop-copy-')), 'room');
      const w = await startWorkshop(QUESTIONNAIRE, dir);
      const ann = await joinAs(w, 'Ann');
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(ann);
      const saved = page.waitForResponse((r) => r.request().method() === 'PUT' && r.status() === 204);
      await question(page, 'Do staff know').getByText('Partly', { exact: true }).click();
      await saved;
      const copies = () =>
        page.evaluate(`Object.keys(localStorage).filter((k) => k.startsWith('datascan-form:')).length`);
      expect(await copies()).toBe(1);
      await page.getByRole('button', { name: 'Clear the copy in this browser' }).click();
      await page.locator('#status', { hasText: 'Your answers stay saved for the workshop.' }).waitFor();
      expect(await copies()).toBe(0);
      expect(await question(page, 'Do staff know').getByLabel('Partly', { exact: true }).isChecked()).toBe(true);
      const name = fs.readdirSync(dir).find((f) => f.startsWith('ann-')) as string;
      expect(parse(fs.readFileSync(path.join(dir, name), 'utf8')).answers).toEqual({ 'kennis-1': 2 });
      await context.close();
    }, 60_000);
  });
}
