/**
 * The slides in headless Chromium at 1280×720, as on a projector: for every slide of eight decks
 * (the example municipality's scan with its action plan, a workshop of test/fixtures/slides that
 * disagrees and writes notes, the quickscan, a comparison, two years compared with the action plan,
 * a consensus file, the consensus beside its room, and a trend of three scans with its action plan) nothing
 * scrolls, no visible text is smaller than 24 px, everything shown lies inside the slide's body and
 * clear of the buttons and counter, and a slide continued on the next is filled to what fits; the
 * keys move through all slides and the counter follows; axe-core finds no WCAG violations;
 * printing gives one landscape page per slide. A screenshot per kind of slide goes to
 * test-results/slides/<kind>.png (git-ignored) for people to look at.
 *
 * Needs the Debian package `chromium` at /usr/bin/chromium; skipped locally without it, failing in CI.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, canRunChromium, launchChromium } from '../helpers/chromium.js';
import { ROOT, runCli } from '../helpers/cli.js';

const RESULTS = path.join(ROOT, 'test-results', 'slides');

const DECKS: Record<string, string[]> = {
  // With the plan made from the 2025 scan: its progress after the next steps.
  scan: [
    'score',
    'examples/gemeente-voorbeeld/scan-2026',
    '--aggregate',
    '--plan',
    'examples/gemeente-voorbeeld/actieplan-2025.yaml',
  ],
  workshop: ['score', 'test/fixtures/slides/workshop', '--aggregate', '--lang', 'nl'],
  quickscan: ['score', 'examples/gemeente-voorbeeld/quickscan-2025.yaml'],
  comparison: ['compare', 'examples/gemeente-voorbeeld/quickscan-2025.yaml', 'examples/gemeente-voorbeeld/scan-2026'],
  // Two years and the plan between them: each unit's actions done beside its change in level.
  progress: [
    'compare',
    'examples/gemeente-voorbeeld/scan-2025',
    'examples/gemeente-voorbeeld/scan-2026',
    '--plan',
    'examples/gemeente-voorbeeld/actieplan-2025.yaml',
  ],
  consensus: ['score', 'test/fixtures/consensus/agreed/consensus.yaml', '--lang', 'nl'],
  agreement: [
    'compare',
    'test/fixtures/consensus/room',
    'test/fixtures/consensus/agreed/consensus.yaml',
    '--lang',
    'nl',
  ],
  // A trend of three scans with the plan made from the middle one: title, radar, dimensions, plan.
  trend: [
    'compare',
    ...['scan-2024', 'scan-2025', 'scan-2026'].map((s) => `examples/gemeente-voorbeeld/${s}`),
    '--plan',
    'examples/gemeente-voorbeeld/actieplan-2025.yaml',
  ],
};

/** The decks whose slides are photographed, the first of each kind, and the prefix of their files. */
const SHOTS: Record<string, string> = {
  workshop: '',
  comparison: 'comparison-',
  progress: 'progress-',
  scan: 'scan-',
  quickscan: 'quickscan-',
  consensus: 'consensus-',
  agreement: 'agreement-',
};

/** A slide that goes on from the one before may start this far below where that one ended (margins). */
const GAP = 12;
/**
 * A slide followed by more of its kind is at least this full, unless the next slide's first item
 * would not have fitted, with a line to spare: the estimate errs on the safe side, and a text near
 * the end of a line may be counted a line longer than it wraps.
 */
const FILLED = 0.7;
const SPARE = 30;

/** Run in the page: the slide showing, whether it scrolls, and its visible texts rendered under 24 px. */
const MEASURE = `(() => {
  const slide = document.querySelector('section.slide.current');
  const small = [];
  for (const el of slide.querySelectorAll('*')) {
    const hasText = [...el.childNodes].some((c) => c.nodeType === 3 && c.textContent.trim() !== '');
    // Visible: laid out, and not the text kept for screen readers only.
    if (!hasText || el.getClientRects().length === 0 || el.closest('.visually-hidden')) continue;
    let size = parseFloat(getComputedStyle(el).fontSize);
    // An SVG text is drawn at its font size times the scale the chart is drawn at.
    const svg = el.closest('svg');
    if (svg) { const m = svg.getScreenCTM(); size *= Math.hypot(m.a, m.b); }
    if (size < 24) small.push(el.tagName + ' ' + size.toFixed(1) + 'px: ' + el.textContent.trim().slice(0, 40));
  }
  const doc = document.documentElement;
  // What is shown: every box in the heading and body with a size, but the text for screen readers.
  const body = slide.querySelector('.slide-body');
  const area = body.getBoundingClientRect();
  const footer = [...slide.querySelectorAll('.slide-footer > *')]
    .filter((el) => getComputedStyle(el).visibility !== 'hidden')
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0);
  const shown = (el) => {
    if (el.closest('.visually-hidden')) return null;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 ? r : null;
  };
  const label = (el, r) => el.tagName + '.' + el.getAttribute('class') + ' [' + [r.left, r.top, r.right, r.bottom].map(Math.round) + ']: ' + (el.textContent || '').trim().slice(0, 40);
  const outside = [];
  const overlaps = [];
  for (const el of slide.querySelectorAll('h1, h2, h2 *, .slide-body *')) {
    const r = shown(el);
    if (!r) continue;
    if (el.closest('.slide-body') && (r.left < area.left - 1 || r.right > area.right + 1 || r.top < area.top - 1 || r.bottom > area.bottom + 1))
      outside.push(label(el, r));
    if (footer.some((f) => r.left < f.right && f.left < r.right && r.top < f.bottom && f.top < r.bottom)) overlaps.push(label(el, r));
  }
  // How full the body is: from its top to the lowest of its boxes.
  const bottoms = [...body.querySelectorAll('*')].map(shown).filter(Boolean).map((r) => r.bottom);
  const used = bottoms.length > 0 ? Math.max(...bottoms) - area.top : 0;
  // The first item placed on the slide (with the one it keeps with), from the top of one to the bottom of the other.
  const items = [...body.querySelectorAll('[data-item]')];
  const first = items[0];
  const last = first && first.hasAttribute('data-keep') && items[1] ? items[1] : first;
  const firstItem = first ? last.getBoundingClientRect().bottom - first.getBoundingClientRect().top : 0;
  const heading = slide.querySelector('h1, h2');
  const part = heading.querySelector('.part');
  return {
    id: slide.id,
    kind: slide.dataset.kind,
    counter: slide.querySelector('.counter [aria-hidden]').textContent,
    scrolls: slide.scrollHeight > slide.clientHeight || doc.scrollHeight > doc.clientHeight || doc.scrollWidth > doc.clientWidth,
    small,
    outside,
    overlaps,
    run: part ? slide.dataset.kind + ' ' + heading.textContent.replace(part.textContent, '').trim() : null,
    used: Math.round(used),
    height: Math.round(area.height),
    firstItem: Math.round(firstItem),
  };
})()`;

interface Measured {
  id: string;
  kind: string;
  counter: string;
  scrolls: boolean;
  small: string[];
  /** Boxes in the body reaching out of it, and any box over the buttons or counter. */
  outside: string[];
  overlaps: string[];
  /** The heading without its "(2/3)", for a slide of a kind continued over several; else null. */
  run: string | null;
  /** Px of the body in use, its height, and the height of its first item. */
  used: number;
  height: number;
  firstItem: number;
}

/**
 * The slides ended early: followed by more of their kind, less than FILLED full, while the next
 * slide's first item would have fitted in what was left.
 */
function underfilled(slides: readonly Measured[]): string[] {
  const found: string[] = [];
  slides.forEach((s, i) => {
    const next = slides[i + 1];
    if (!next || s.run === null || next.run !== s.run) return;
    if (s.used < FILLED * s.height && s.used + GAP + next.firstItem + SPARE <= s.height)
      found.push(
        `${s.id} (${s.run}): ${s.used} of ${s.height} px used, and ${next.id} starts with ${next.firstItem} px`,
      );
  });
  return found;
}

if (!canRunChromium) {
  describe('slides in headless Chromium', () => {
    it.skip(`skipped: ${CHROMIUM} is missing (install the Debian package "chromium"; in CI this test always runs)`, () => {});
  });
} else {
  describe('slides in headless Chromium', () => {
    let browser: Browser;
    const files: Record<string, string> = {};

    beforeAll(async () => {
      mkdirSync(RESULTS, { recursive: true });
      for (const [name, args] of Object.entries(DECKS)) {
        files[name] = path.join(RESULTS, `${name}.html`);
        const made = runCli([...args, '--format', 'slides', '-o', files[name]]);
        expect(made.code, made.stderr).toBe(0);
      }
      browser = await launchChromium();
    });

    afterAll(async () => {
      await browser?.close();
    });

    async function open(name: string): Promise<{ page: Page; errors: string[]; requests: string[] }> {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
      const errors: string[] = [];
      const requests: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(pathToFileURL(files[name]!).href, { waitUntil: 'load' });
      return { page, errors, requests };
    }

    it.each(Object.keys(DECKS))(
      '%s: every slide fits 1280×720 in 24 px type; → and ← move through all, Home and End too, the counter follows',
      async (name) => {
        const { page, errors, requests } = await open(name);
        const total = await page.locator('section.slide').count();
        expect(total).toBeGreaterThan(2);
        const shot = new Set<string>();
        const forward: Measured[] = [];
        // Forward with alternately → and the space bar, PageDown.
        const keys = ['ArrowRight', ' ', 'PageDown'];
        for (let i = 0; i < total; i++) {
          const m = (await page.evaluate(MEASURE)) as Measured;
          forward.push(m);
          expect(m.id).toBe(`slide-${i + 1}`);
          expect(m.counter).toBe(`${i + 1} / ${total}`);
          expect(await page.locator('section.slide.current').count()).toBe(1);
          expect(m.scrolls, `${name} ${m.id} (${m.kind}) scrolls`).toBe(false);
          expect(m.small, `${name} ${m.id} (${m.kind})`).toEqual([]);
          expect(m.outside, `${name} ${m.id} (${m.kind}): out of the slide's body`).toEqual([]);
          expect(m.overlaps, `${name} ${m.id} (${m.kind}): over the buttons or counter`).toEqual([]);
          // One screenshot per kind of the decks photographed.
          const prefix = SHOTS[name];
          if (prefix !== undefined && !shot.has(m.kind)) {
            shot.add(m.kind);
            await page.screenshot({ path: path.join(RESULTS, `${prefix}${m.kind}.png`) });
          }
          await page.keyboard.press(keys[i % keys.length]!);
        }
        expect(underfilled(forward), `${name}: slides ended before they were full`).toEqual([]);
        // Two years of the example: each dimension (five or six units) fits one slide.
        if (name === 'progress')
          expect(forward.filter((m) => m.kind === 'dimension').map((m) => m.run)).toEqual([null, null, null, null]);
        // Past the last slide stays there.
        expect(((await page.evaluate(MEASURE)) as Measured).id).toBe(`slide-${total}`);
        // Back with ← and PageUp to the first.
        for (let i = total; i > 1; i--) {
          await page.keyboard.press(i % 2 ? 'ArrowLeft' : 'PageUp');
          const m = (await page.evaluate(MEASURE)) as Measured;
          expect(m.counter).toBe(`${i - 1} / ${total}`);
        }
        await page.keyboard.press('End');
        expect(((await page.evaluate(MEASURE)) as Measured).counter).toBe(`${total} / ${total}`);
        await page.keyboard.press('Home');
        expect(((await page.evaluate(MEASURE)) as Measured).counter).toBe(`1 / ${total}`);
        // The button moves too.
        await page
          .getByRole('button', { name: /Volgende dia|Next slide/ })
          .first()
          .click();
        expect(((await page.evaluate(MEASURE)) as Measured).counter).toBe(`2 / ${total}`);
        expect(errors).toEqual([]);
        expect(requests).toEqual([pathToFileURL(files[name]!).href]);
        await page.close();
      },
      120_000,
    );

    it('wrote a screenshot per kind of slide', () => {
      for (const kind of [
        'title',
        'radar',
        'dimension',
        'discussion',
        'next-steps',
        'comparison-dimension',
        'progress-plan',
        'scan-plan',
        'quickscan-next-steps',
        'consensus-title',
        'consensus-dimension',
        'agreement-dimension',
      ])
        expect(
          readFileSync(path.join(RESULTS, `${kind}.png`))
            .subarray(1, 4)
            .toString(),
        ).toBe('PNG');
    });

    it('trend: a screenshot per kind of slide, the plan among them', async () => {
      const { page } = await open('trend');
      const total = await page.locator('section.slide').count();
      const shot = new Set<string>();
      for (let i = 0; i < total; i++) {
        const kind = (await page.locator('section.slide.current').getAttribute('data-kind'))!;
        if (!shot.has(kind)) {
          shot.add(kind);
          await page.screenshot({ path: path.join(RESULTS, `trend-${kind}.png`) });
        }
        await page.keyboard.press('ArrowRight');
      }
      expect([...shot]).toEqual(['title', 'radar', 'dimension', 'plan']);
      await page.close();
    });

    it('without the script it is a long page of slides, each a screen high', async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(pathToFileURL(files.workshop!).href, { waitUntil: 'load' });
      const heights = await page
        .locator('section.slide')
        .evaluateAll((slides) => slides.map((s) => Math.round(s.getBoundingClientRect().height)));
      expect(heights.length).toBeGreaterThan(2);
      expect(new Set(heights)).toEqual(new Set([720]));
      expect(await page.getByRole('button').first().isVisible()).toBe(false);
      await context.close();
    });

    it('axe-core finds no WCAG 2.1 A or AA violations on any slide', async () => {
      const axe = readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
      for (const name of ['workshop', 'comparison', 'progress', 'trend']) {
        // The policy forbids added scripts: only axe's context bypasses it.
        // Without the fade-in, which axe would catch half-way.
        const context = await browser.newContext({
          bypassCSP: true,
          viewport: { width: 1280, height: 720 },
          reducedMotion: 'reduce',
        });
        const page = await context.newPage();
        await page.goto(pathToFileURL(files[name]!).href, { waitUntil: 'load' });
        await page.addScriptTag({ content: axe });
        const total = await page.locator('section.slide').count();
        for (let i = 0; i < total; i++) {
          const violations = (await page.evaluate(
            `axe.run('section.slide.current', { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')))`,
          )) as string[];
          expect(violations, `${name} slide ${i + 1}`).toEqual([]);
          await page.keyboard.press('ArrowRight');
        }
        await context.close();
      }
    }, 180_000);

    it('prints one slide per landscape page', async () => {
      for (const name of ['workshop', 'comparison']) {
        const { page } = await open(name);
        const total = await page.locator('section.slide').count();
        await page.emulateMedia({ media: 'print' });
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
        const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
        expect(pages, name).toHaveLength(total);
        // Landscape: the first page's box is wider than high.
        const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
        expect(Number(box![1])).toBeGreaterThan(Number(box![2]));
        await page.close();
      }
    });
  });
}
