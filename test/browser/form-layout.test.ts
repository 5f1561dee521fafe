/**
 * The form page of `datascan form` as a participant sees it, in headless Chromium: on a phone
 * (390 px, and 320 px) nothing widens the page, however long a Dutch word, and the bar with the
 * progress and the save button stays small; with the keyboard alone a focused control is never
 * hidden under that bar; printed, an open question shows its choices to answer with a pen and a
 * long note prints whole; saved with questions open, it says to send only the file saved last.
 *
 * Needs the Debian package `chromium` at /usr/bin/chromium. Without it the test is skipped locally;
 * in CI (process.env.CI set) it runs anyway and fails, so a missing browser never passes silently.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, canRunChromium, launchChromium } from '../helpers/chromium.js';
import { nl } from '../../src/form/messages.js';
import { fixture, runCli } from '../helpers/cli.js';

if (!canRunChromium) {
  describe('form page layout in headless Chromium', () => {
    it.skip(`skipped: ${CHROMIUM} is missing (install the Debian package "chromium"; in CI this test always runs)`, () => {});
  });
} else {
  describe('form page layout in headless Chromium', () => {
    let browser: Browser;
    const work = mkdtempSync(path.join(os.tmpdir(), 'datascan-form-layout-'));
    const pages: Record<string, string> = {};

    beforeAll(async () => {
      expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: CI must install the Debian package "chromium"`).toBe(true);
      for (const name of ['werkplaats', 'lange-woorden']) {
        const file = path.join(work, `${name}.html`);
        const r = runCli(['form', fixture('form', `${name}.yaml`), '--lang', 'nl', '-o', file]);
        expect(r.code, r.stderr).toBe(0);
        pages[name] = pathToFileURL(file).href;
      }
      browser = await launchChromium();
    });

    afterAll(async () => {
      await browser?.close();
      rmSync(work, { recursive: true, force: true });
    });

    async function open(name: string, width: number, height: number): Promise<Page> {
      const context = await browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      await page.goto(pages[name]!, { waitUntil: 'load' });
      return page;
    }

    const close = (page: Page) => page.context().close();

    it('on a phone the page does not scroll sideways: long Dutch words in a question, help, criterion and option wrap', async () => {
      for (const width of [390, 320]) {
        for (const name of ['lange-woorden', 'werkplaats']) {
          const page = await open(name, width, 844);
          expect(await page.evaluate('document.documentElement.scrollWidth'), `${name} at ${width} px`).toBe(width);
          // Every text a participant reads lies within the screen.
          const outside = (await page.evaluate(
            `[...document.querySelectorAll('legend, label, .help, .criteria li, .choice-description, input, button')]
              .filter((e) => e.getBoundingClientRect().right > ${width}).map((e) => e.id || e.textContent.trim().slice(0, 40))`,
          )) as string[];
          expect(outside, `${name} at ${width} px`).toEqual([]);
          await close(page);
        }
      }
    });

    it('on a phone the bar with the progress and the save button stays small; what saving does is said above the questions', async () => {
      const phone = await open('werkplaats', 390, 844);
      const bar = (await phone.locator('.bar').boundingBox())!;
      expect(bar.height).toBeLessThan(844 * 0.15);
      expect(await phone.locator('#save').isVisible()).toBe(true);
      expect(await phone.locator('#progress').isVisible()).toBe(true);
      // The explanation is not lost: it stands in the tools above the questions instead, once.
      expect(await phone.getByText(nl.saveHint).count()).toBe(2);
      expect(await phone.getByText(nl.saveHint).and(phone.locator(':visible')).count()).toBe(1);
      expect((await phone.getByText(nl.saveHint).and(phone.locator(':visible')).boundingBox())!.y).toBeLessThan(
        (await phone.locator('#questions').boundingBox())!.y,
      );
      await close(phone);

      // On a wide screen it stays in the bar beside the button.
      const desktop = await open('werkplaats', 1280, 900);
      expect(await desktop.locator('.bar').getByText(nl.saveHint).isVisible()).toBe(true);
      expect(await desktop.getByText(nl.saveHint).and(desktop.locator(':visible')).count()).toBe(1);
      await close(desktop);
    });

    it('with the keyboard alone, a focused control is never hidden under the bar that stays in view', async () => {
      for (const [width, height] of [
        [1280, 700],
        [390, 700],
      ] as const) {
        const page = await open('werkplaats', width, height);
        const hidden: string[] = [];
        for (let step = 0; step < 60; step++) {
          await page.keyboard.press('Tab');
          const focus = (await page.evaluate(`(() => {
            const a = document.activeElement, bar = document.querySelector('.bar');
            if (!a || a === document.body || bar.contains(a)) return null;
            const r = a.getBoundingClientRect();
            return { id: a.id, top: r.top, bottom: r.bottom, barTop: bar.getBoundingClientRect().top };
          })()`)) as { id: string; top: number; bottom: number; barTop: number } | null;
          if (focus === null) break;
          if (focus.bottom > focus.barTop || focus.top < 0) hidden.push(focus.id);
        }
        expect(hidden, `${width} px`).toEqual([]);
        // The walk went through every control above the bar and reached it.
        expect(await page.evaluate('document.activeElement.closest(".bar") !== null')).toBe(true);
        await close(page);
      }
    });

    it('saved with questions open, the page says how many and to send only the file saved last', async () => {
      const page = await open('werkplaats', 390, 844);
      await page.locator('fieldset.question').first().getByText('Deels', { exact: true }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: nl.save }).click(),
      ]);
      const said = await page.locator('#summary-text').textContent();
      expect(said).toContain(`Opgeslagen als ${download.suggestedFilename()}, maar 3 van de 4 vragen`);
      // Saving again downloads a second file (`… (1).yaml`): both sent would count one respondent twice.
      expect(said).toContain('stuur dan alleen het laatst opgeslagen bestand');
      expect(await page.locator('#summary').isVisible()).toBe(true);
      await close(page);
    });

    it('printed, an answered question shows its answer, an open one all its choices, and a long note is whole', async () => {
      const page = await open('werkplaats', 794, 1123);
      const question = (text: string) =>
        page.locator('fieldset.question').filter({ has: page.locator('legend', { hasText: text }) });
      await question('Weten medewerkers').getByText('Deels', { exact: true }).click();
      const note = Array.from({ length: 9 }, (_, i) => `Regel ${i + 1} van een lange notitie.`).join('\n');
      await question('Weten medewerkers').getByLabel('Notitie').fill(note);
      await page.emulateMedia({ media: 'print' });
      expect(await question('Weten medewerkers').locator('.choice:visible').allTextContents()).toEqual(['Deels']);
      expect(await question('vaste plek').locator('.choice:visible label').allTextContents()).toEqual([
        'Nauwelijks',
        'Deels',
        'Volledig',
        'Weet niet',
        'Niet van toepassing',
      ]);
      expect(await page.locator('fieldset.target').nth(0).locator('.choice:visible').count()).toBe(4);
      // The whole note shows: its box is as tall as its text, nothing scrolled away.
      const box = (await question('Weten medewerkers')
        .getByLabel('Notitie')
        .evaluate((t) => ({ scroll: t.scrollHeight, client: t.clientHeight }))) as { scroll: number; client: number };
      expect(box.scroll).toBeLessThanOrEqual(box.client + 1);
      await close(page);
    });
  });
}
