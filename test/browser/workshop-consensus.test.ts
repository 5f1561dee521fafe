/**
 * The consensus round of `datascan workshop` in headless Chromium, as the facilitator runs it on
 * the projector: three participants' answers saved through the API, then two questions agreed by
 * clicking labels, typing a rationale and pressing the button (form posts, no script), and a
 * dimension's ambition chosen on the ambition page; the consensus file checked after each; the
 * type at least 24 px; the bars as long as their counts; no CSP violation; axe-core's WCAG 2.1 A
 * and AA rules on the overview, a question and the ambition page.
 *
 * Needs the Debian package `chromium` at /usr/bin/chromium (see test/helpers/chromium.ts).
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, canRunChromium, launchChromium } from '../helpers/chromium.js';
import { fixture, ROOT } from '../helpers/cli.js';
import { joinWorkshop, killWorkshops, saveAnswers, startWorkshop, stopWorkshop } from '../helpers/workshop.js';

const QUESTIONNAIRE = fixture('form', 'werkplaats.yaml');
const AXE = `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')))`;

const answers = (values: Record<string, unknown>) => ({
  questionnaire: 'werkplaats',
  version: '2.0.0',
  answers: values,
  session: { status: 'complete', language: 'nl' },
});

if (!canRunChromium) {
  describe('workshop consensus round in headless Chromium', () => {
    it.skip(`skipped: ${CHROMIUM} is missing (install the Debian package "chromium"; in CI this test always runs)`, () => {});
  });
} else {
  describe('workshop consensus round in headless Chromium', () => {
    let browser: Browser;
    beforeAll(async () => {
      expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: CI must install the Debian package "chromium"`).toBe(true);
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
    });
    afterEach(killWorkshops);

    it('agrees on two questions by clicking, saves each to the consensus file, in large type and without accessibility violations', async () => {
      const folder = path.join(mkdtempSync(path.join(os.tmpdir(), 'datascan-round-browser-')), 'room');
      const s = await startWorkshop(QUESTIONNAIRE, folder, 'nl');
      const values = [
        { 'kennis-1': 1, 'rollen-1': 1, 'opslag-1': 1, 'beveiliging-1': 2 },
        { 'kennis-1': { value: 2, note: 'Alleen het team weet het' }, 'rollen-1': 3, 'opslag-1': 3 },
        { 'kennis-1': 3, 'rollen-1': 3, 'opslag-1': 2, 'beveiliging-1': 2 },
      ];
      for (const [i, v] of values.entries()) {
        const page = await joinWorkshop(s, `Deelnemer ${i}`);
        expect((await saveAnswers(page, answers(v))).status).toBe(204);
      }
      const file = path.join(folder, '.consensus', 'consensus.yaml');

      const context = await browser.newContext();
      const page = await context.newPage();
      const violations: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') violations.push(m.text());
      });
      await page.goto(`${s.facilitator}/consensus`);
      await expect.poll(() => page.locator('h1').textContent()).toBe('Consensusronde: Werkplaatsscan');
      const agenda = (await page.evaluate(
        `[...document.querySelectorAll('ol.agenda li a')].map((a) => a.pathname.split('/').pop())`,
      )) as string[];
      expect(agenda.length).toBeGreaterThanOrEqual(2);

      await page.getByRole('link', { name: 'Begin bij de eerste vraag' }).click();
      await page.waitForURL(new RegExp(`/q/${agenda[0]}$`));
      // For the back of the room: no text smaller than 24 px.
      const smallest = (await page.evaluate(
        `Math.min(...[...document.querySelectorAll('body *')].filter((e) => e.textContent.trim() !== '').map((e) => parseFloat(getComputedStyle(e).fontSize)))`,
      )) as number;
      expect(smallest).toBeGreaterThanOrEqual(24);
      expect(await page.locator('ul.bars li').count()).toBeGreaterThanOrEqual(2);
      // Each bar is drawn as long as its share of the room (to the nearest twentieth), not an empty track.
      const shares = (await page.evaluate(
        `[...document.querySelectorAll('ul.bars li')].map((li) => [li.querySelector('.fill').getBoundingClientRect().width / li.querySelector('.track').getBoundingClientRect().width, Number(li.querySelector('.count').textContent)])`,
      )) as [number, number][];
      const total = shares.reduce((sum, [, count]) => sum + count, 0);
      for (const [drawn, count] of shares) expect(Math.abs(drawn - count / total)).toBeLessThanOrEqual(0.05);
      expect(shares.some(([drawn]) => drawn > 0)).toBe(true);

      // First question: the second option, with a rationale.
      await page.locator('fieldset .choice label').nth(1).click();
      await page.getByLabel('Onderbouwing').fill('Samen besproken');
      await page.getByRole('button', { name: 'Opslaan' }).click();
      await page.waitForURL(new RegExp(`/q/${agenda[1]}$`));
      const afterFirst = parse(readFileSync(file, 'utf8')) as {
        answers: Record<string, unknown>;
      };
      expect(afterFirst.answers[agenda[0]!]).toEqual({ value: expect.any(Number), note: 'Samen besproken' });

      // Second question: the first option, no rationale.
      await page.locator('fieldset .choice label').first().click();
      await page.getByRole('button', { name: 'Opslaan' }).click();
      await page.waitForURL(/\/consensus(\/q\/[a-z0-9-]+)?$/);
      const afterSecond = parse(readFileSync(file, 'utf8')) as {
        basis: string;
        participants: number;
        answers: Record<string, unknown>;
      };
      expect(afterSecond.basis).toBe('consensus');
      expect(afterSecond.participants).toBe(3);
      expect(afterSecond.answers[agenda[0]!]).toEqual(afterFirst.answers[agenda[0]!]);
      // An answer without a note is written short, as `run` writes it: the agreed value, no `basis: combined`.
      expect(typeof afterSecond.answers[agenda[1]!]).toBe('number');

      // The ambition: from the overview's link, one dimension's level chosen by its label.
      await page.goto(`${s.facilitator}/consensus`);
      await page.getByRole('link', { name: 'Ambitie per dimensie afspreken' }).click();
      await page.waitForURL(/\/consensus\/targets$/);
      expect(
        await page.evaluate(
          `Math.min(...[...document.querySelectorAll('body *')].filter((e) => e.textContent.trim() !== '').map((e) => parseFloat(getComputedStyle(e).fontSize)))`,
        ),
      ).toBeGreaterThanOrEqual(24);
      await page
        .getByRole('group', { name: 'Welk niveau wil de organisatie bereiken voor Mensen?' })
        .getByLabel('3 · Eind')
        .check();
      await page.getByRole('button', { name: 'Ambitie opslaan' }).click();
      await page.waitForURL(/\/consensus$/);
      expect(await page.locator('ul.ambitions li').first().textContent()).toBe('Mensen: Eind');
      const afterAmbition = parse(readFileSync(file, 'utf8')) as { targets?: Record<string, number>; answers: object };
      expect(afterAmbition.targets).toEqual({ mensen: 3 });
      expect(afterAmbition.answers).toEqual(afterSecond.answers);
      expect(violations).toEqual([]);
      await context.close();

      // axe-core on the overview and on a question (its context bypasses the policy to inject it).
      const axe = readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
      const checking = await browser.newContext({ bypassCSP: true });
      for (const address of [
        `${s.facilitator}/consensus`,
        `${s.facilitator}/consensus/q/${agenda[0]}`,
        `${s.facilitator}/consensus/targets`,
      ]) {
        const checked = await checking.newPage();
        await checked.goto(address);
        await checked.addScriptTag({ content: axe });
        expect((await checked.evaluate(AXE)) as string[], address).toEqual([]);
        await checked.close();
      }
      await checking.close();
      expect(await stopWorkshop(s)).toBe(130);
    }, 90_000);
  });
}
