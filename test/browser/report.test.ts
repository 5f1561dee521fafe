/**
 * Opens the HTML report of the example municipality (five respondents of the full scan, scored by
 * the built CLI) in headless Chromium: no console errors, no network
 * requests besides the file itself, radar polygons with one point per (sub)dimension, and a
 * screenshot and an A4 PDF under test-artifacts/ (git-ignored) for people to look at.
 *
 * Needs the Debian package `chromium` at /usr/bin/chromium. Without it the test is skipped locally;
 * in CI (process.env.CI set) it runs anyway and fails, so a missing browser never passes silently.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, canRunChromium, launchChromium } from '../helpers/chromium.js';
import { ROOT, runCli } from '../helpers/cli.js';

const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const REPORT = path.join(ARTIFACTS, 'report.html');

if (!canRunChromium) {
  describe('HTML report in headless Chromium', () => {
    it.skip(`skipped: ${CHROMIUM} is missing (install the Debian package "chromium"; in CI this test always runs)`, () => {});
  });
} else {
  describe('HTML report in headless Chromium', () => {
    let browser: Browser;
    const consoleErrors: string[] = [];
    const requests: string[] = [];
    const fileUrl = pathToFileURL(REPORT).href;

    beforeAll(async () => {
      expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: CI must install the Debian package "chromium"`).toBe(true);
      mkdirSync(ARTIFACTS, { recursive: true });
      const scored = runCli([
        'score',
        'examples/gemeente-voorbeeld/scan-2026',
        '--aggregate',
        '--format',
        'html',
        '-o',
        REPORT,
      ]);
      expect(scored.code, scored.stderr).toBe(0);
      // playwright gives every launch a fresh temporary profile (user-data-dir) of its own.
      browser = await launchChromium();
    });

    afterAll(async () => {
      await browser?.close();
    });

    it('loads with no console errors and no requests besides the file itself', async () => {
      const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
      page.on('console', (m) => {
        if (m.type() === 'error') consoleErrors.push(m.text());
      });
      page.on('pageerror', (e) => consoleErrors.push(String(e)));
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(fileUrl, { waitUntil: 'load' });
      expect(consoleErrors).toEqual([]);
      expect(requests).toEqual([fileUrl]);
      expect(await page.locator('script').count()).toBe(0);
      expect(await page.title()).toBe('Volwassenheidsprofiel – Gemeente Voorbeeld');

      // The radar charts: score and target, one point per dimension (4) and subdimension (17).
      const counts = await page.$$eval('svg.radar', (svgs) =>
        svgs.map((svg) => ({
          chart: svg.id,
          // The browser's own parse of `points` (SVGPointList), not a regex over the markup.
          polygons: [...svg.querySelectorAll('polygon.series')].map(
            (p) =>
              `${p.getAttribute('data-series')}:${(p as unknown as { points: { numberOfItems: number } }).points.numberOfItems}`,
          ),
        })),
      );
      expect(counts).toEqual([
        { chart: 'chart-dimensions', polygons: ['target:4', 'current:4'] },
        { chart: 'chart-subdimensions', polygons: ['target:17', 'current:17'] },
      ]);
      // They are laid out and visible, with an accessible name from their <title>.
      for (const id of ['chart-dimensions', 'chart-subdimensions']) {
        const box = await page.locator(`#${id} polygon[data-series="current"]`).boundingBox();
        expect(box && box.width > 20 && box.height > 20, `${id} current polygon is drawn`).toBe(true);
        expect(await page.locator(`#${id}`).getAttribute('aria-labelledby')).toBe(`${id}-title ${id}-desc`);
      }

      await page.screenshot({ path: path.join(ARTIFACTS, 'report.png'), fullPage: true });
      expect(readFileSync(path.join(ARTIFACTS, 'report.png')).subarray(1, 4).toString()).toBe('PNG');
      expect(requests).toEqual([fileUrl]);
      await page.close();
    });

    it('its Content-Security-Policy is in force and the page breaks none of it, the comparison and a gated report neither', async () => {
      const comparison = path.join(ARTIFACTS, 'comparison.html');
      const compared = runCli([
        'compare',
        'examples/gemeente-voorbeeld/scan-2025',
        'examples/gemeente-voorbeeld/scan-2026',
        '--format',
        'html',
        '-o',
        comparison,
      ]);
      expect(compared.code, compared.stderr).toBe(0);
      // A gated questionnaire's report: with its ladders of levels met and not met.
      const gated = path.join(ARTIFACTS, 'gated.html');
      const scoredGated = runCli(['score', 'test/fixtures/answers/gated/team-a.yaml', '--format', 'html', '-o', gated]);
      expect(scoredGated.code, scoredGated.stderr).toBe(0);
      for (const url of [fileUrl, pathToFileURL(comparison).href, pathToFileURL(gated).href]) {
        const page = await browser.newPage();
        // Registered before the page runs (and outside its policy): every violation the page causes.
        // Scripts as strings: they run in the page, and this project compiles without DOM types.
        await page.addInitScript(
          "window.cspViolations = []; document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));",
        );
        const errors: string[] = [];
        page.on('console', (m) => {
          if (m.type() === 'error') errors.push(m.text());
        });
        await page.goto(url, { waitUntil: 'load' });
        expect(await page.evaluate('window.cspViolations')).toEqual([]);
        expect(errors).toEqual([]);
        // The policy is the page's: an inline script added now is refused, and reported as a violation.
        await page.evaluate(
          "const script = document.createElement('script'); script.textContent = 'window.ran = true'; document.head.append(script);",
        );
        await page.waitForFunction('window.cspViolations.length > 0', undefined, { timeout: 5000 });
        expect(await page.evaluate('window.ran')).toBeUndefined();
        // The styles apply: the charts are laid out.
        const box = await page.locator('svg.chart').first().boundingBox();
        expect(box && box.width > 100).toBe(true);
        if (url.endsWith('gated.html')) expect(await page.locator('table.ladder').count()).toBe(3);
        await page.close();
      }
    });

    it('shows a question’s bar of answers and its notes, in the answers section and under a discussion point; axe-core finds no WCAG 2.1 A or AA violations there', async () => {
      // Three respondents with notes (test/fixtures/answers/notes); at 0.5 a-one is a discussion point.
      const workshop = path.join(ARTIFACTS, 'workshop.html');
      const scored = runCli([
        'score',
        'test/fixtures/answers/notes',
        '--aggregate',
        '--disagreement',
        '0.5',
        '--format',
        'html',
        '-o',
        workshop,
      ]);
      expect(scored.code, scored.stderr).toBe(0);
      const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1100, height: 900 } });
      const page = await context.newPage();
      await page.goto(pathToFileURL(workshop).href, { waitUntil: 'load' });
      for (const where of ['section.answers', 'ol.discussion']) {
        const question = page.locator(`${where} div.question[data-question="a1-1"]`).first();
        // The bar, by its accessible name: every option with its count in words.
        const bar = question.getByRole('list', { name: 'Answers to a1-1' });
        expect(await bar.locator('li').evaluateAll((items) => items.map((i) => i.textContent))).toEqual([
          'Not yet: 2',
          'In pilots: 0',
          'In several places: 0',
          'Everywhere: 1',
        ]);
        // Drawn in proportion: 2 of 3 and 1 of 3 of the track.
        const fills = await bar.locator('svg.answer-fill').evaluateAll((svgs) =>
          svgs.map((svg) => {
            const [track, fill] = [...svg.querySelectorAll('rect')].map((r) => r.getBoundingClientRect().width);
            return fill === undefined ? 0 : Math.round((fill / track!) * 3);
          }),
        );
        expect(fills).toEqual([2, 0, 0, 1]);
        expect(await bar.locator('svg.answer-fill').first().isVisible()).toBe(true);
        // The notes under it, visible, with who wrote them.
        const notes = question.getByRole('list', { name: 'Notes on a1-1' });
        expect(await notes.locator('li').allTextContents()).toEqual([
          'Ann de Wit: Alleen het pilotteam <werkt> zo',
          'Overal sinds 2025',
        ]);
        expect(await notes.locator('li').first().isVisible()).toBe(true);
      }
      await page.screenshot({ path: path.join(ARTIFACTS, 'workshop.png'), fullPage: true });
      const axe = readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
      await page.addScriptTag({ content: axe });
      const violations = (await page.evaluate(
        `axe.run({ include: [['section.answers'], ['section.spread']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')))`,
      )) as string[];
      expect(violations).toEqual([]);
      await context.close();
    });

    it('prints to A4 with every chart within the printable area', async () => {
      const page = await browser.newPage();
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(fileUrl, { waitUntil: 'load' });
      await page.emulateMedia({ media: 'print' });
      // A4 less the 14 mm side margins and 15 + 16 mm top and bottom margins, in CSS px (96/in).
      const mm = 96 / 25.4;
      await page.setViewportSize({ width: Math.floor((210 - 28) * mm), height: 900 });
      const sizes = await page.$$eval('svg.chart', (svgs) =>
        svgs.map((s) => ({ id: s.id, ...s.getBoundingClientRect().toJSON() })),
      );
      expect(sizes.length).toBe(2);
      for (const s of sizes) {
        expect(s.width, `${s.id} fits the page width`).toBeLessThanOrEqual((210 - 28) * mm);
        expect(s.height, `${s.id} fits the page height`).toBeLessThanOrEqual((297 - 31) * mm);
      }
      const pdfPath = path.join(ARTIFACTS, 'report.pdf');
      await page.pdf({ path: pdfPath, format: 'A4', preferCSSPageSize: true, printBackground: true });
      const pdf = readFileSync(pdfPath, 'latin1');
      expect(pdf.slice(0, 5)).toBe('%PDF-');
      // Every page is A4: 210 × 297 mm = 595.3 × 841.9 pt (Chromium writes 594.96 × 841.92).
      const boxes = [...pdf.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
      expect(boxes.length).toBeGreaterThan(1);
      for (const [w, h] of boxes) {
        expect(Math.abs(w! - 595.3)).toBeLessThan(1);
        expect(Math.abs(h! - 841.9)).toBeLessThan(1);
      }
      expect(consoleErrors).toEqual([]);
      expect(requests.filter((u) => u !== fileUrl)).toEqual([]);
      await page.close();
    });
  });
}
