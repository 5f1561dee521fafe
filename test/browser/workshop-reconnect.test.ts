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
import { fixture } from '../helpers/cli.js';
import { joinAs, killWorkshops, startWorkshop } from '../helpers/workshop-server.js';

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
      const file = () => {
        const name = fs.readdirSync(dir).find((f) => f.startsWith('ann-'));
        return name && path.join(dir, name);
      };
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
  });
}
