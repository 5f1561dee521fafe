// The facilitator's live page, its pure parts: the routes below its address, the QR code of the
// join address, and the page itself (its one script allowed by hash, and no other).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkQuestionnaireText } from '../../src/workspace/checks.js';
import { FACILITATOR_CLIENT, FACILITATOR_POLICY, facilitatorLivePage } from '../../src/workshop/facilitator-page.js';
import { qrMatrix, qrSvg, qrText } from '../../src/workshop/qr.js';
import { routeOf } from '../../src/workshop/routes.js';
import type { WorkshopState } from '../../src/workshop/state.js';
import { fixture } from '../helpers/cli.js';

const code = 'a'.repeat(32);
const facilitator = 'f'.repeat(32);
const ann = { token: '1'.repeat(32), id: '0000000a', name: 'Ann', file: 'ann-0000000a.yaml' };
const state: WorkshopState = { questionnaire: 'werkplaats', code, facilitator, participants: [ann] };

describe('routes of the live facilitator page', () => {
  it('opens events, the fragment and the slides with the facilitator token only', () => {
    for (const part of ['events', 'profile', 'slides'] as const) {
      expect(routeOf('GET', `/w/${code}/f/${facilitator}/${part}`, state)).toEqual({ kind: 'facilitator-live', part });
      expect(routeOf('GET', `/w/${code}/f/${ann.token}/${part}`, state).kind).toBe('forbidden');
      expect(routeOf('GET', `/w/${code}/p/${ann.token}/${part}`, state).kind).toBe('not-found');
      expect(routeOf('POST', `/w/${code}/f/${facilitator}/${part}`, state).kind).toBe('method-not-allowed');
    }
    expect(routeOf('GET', `/w/${code}/f/${facilitator}/other`, state).kind).toBe('not-found');
  });
});

/** Whether the 7×7 finder pattern (dark ring, light ring, dark 3×3 core) has its corner at (x, y). */
function finderAt(m: boolean[][], x: number, y: number): boolean {
  for (let dy = 0; dy < 7; dy++)
    for (let dx = 0; dx < 7; dx++) {
      const ring = Math.max(Math.abs(dx - 3), Math.abs(dy - 3));
      if (m[y + dy]?.[x + dx] !== (ring !== 2)) return false;
    }
  return true;
}

describe('the QR code of the join address', () => {
  const address = `http://192.168.1.20:8080/w/${'0123456789abcdef'.repeat(2)}`;
  const matrix = qrMatrix(address);

  it('is a square QR code with its three finder patterns', () => {
    const n = matrix.length;
    expect((n - 17) % 4).toBe(0);
    expect(matrix.every((row) => row.length === n)).toBe(true);
    expect(finderAt(matrix, 0, 0) && finderAt(matrix, n - 7, 0) && finderAt(matrix, 0, n - 7)).toBe(true);
    expect(finderAt(matrix, n - 7, n - 7)).toBe(false);
    // Another address, another code.
    expect(qrMatrix(`${address}0`)).not.toEqual(matrix);
  });

  it('is drawn as an SVG with one square per dark module and a quiet zone of four', () => {
    const svg = qrSvg(matrix, 'QR <code>').toString();
    const dark = matrix.flat().filter(Boolean).length;
    expect(svg.match(/h1v1h-1z/g)).toHaveLength(dark);
    expect(svg).toContain(`viewBox="0 0 ${matrix.length + 8} ${matrix.length + 8}"`);
    expect(svg).toContain('aria-label="QR &lt;code&gt;"');
    expect(svg).toContain('M4 4h1v1h-1z');
  });

  it('is drawn for a terminal two rows a line, the dark modules blank', () => {
    const lines = qrText(matrix).trimEnd().split('\n');
    const size = matrix.length + 8;
    expect(lines).toHaveLength(Math.ceil(size / 2));
    expect(lines.every((line) => [...line].length === size)).toBe(true);
    // The quiet zone is light; the finder's top-left corner module (row 4, col 4) is dark over a dark one.
    expect(lines[0]).toBe('█'.repeat(size));
    expect([...(lines[2] as string)][4]).toBe(' ');
  });
});

describe('the facilitator page', () => {
  const q = checkQuestionnaireText(readFileSync(fixture('form', 'werkplaats.yaml'), 'utf8')).questionnaire!;
  const page = facilitatorLivePage(
    { questionnaire: q, language: 'nl', participants: 3, waiting: 2, finished: 1 },
    {
      joinAddress: 'http://x/w/<c>',
      qr: qrSvg(qrMatrix('http://x/w/c'), 'QR'),
      slides: '/w/c/f/t/slides',
      consensus: '/w/c/f/t/consensus',
    },
  );

  it('runs only its own script, allowed by the hash of its exact text', () => {
    const scripts = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(scripts).toEqual([FACILITATOR_CLIENT]);
    const hash = createHash('sha256').update(FACILITATOR_CLIENT, 'utf8').digest('base64');
    expect(FACILITATOR_POLICY).toContain(`script-src 'sha256-${hash}'`);
    expect(FACILITATOR_POLICY).toContain("connect-src 'self'");
    expect(FACILITATOR_POLICY).not.toMatch(/script-src[^;]*unsafe/);
    expect(page).not.toMatch(/ on[a-z]+=/);
  });

  it('shows the counts, the join address with its code and the links to the slides and the consensus round, in the language asked', () => {
    expect(page).toContain('<html lang="nl">');
    expect(page).toContain('3 deelnemers');
    expect(page).toContain('1 van 3 klaar');
    expect(page).toContain('2 aangemeld, nog zonder antwoorden');
    expect(page).toContain('Er zijn nog geen antwoorden.');
    expect(page).toContain('http://x/w/&lt;c&gt;');
    expect(page).toContain('<svg class="qr"');
    expect(page).toContain('href="/w/c/f/t/slides"');
    expect(page).toContain('<a href="/w/c/f/t/consensus">Consensusronde over de verschillen van inzicht</a>');
    expect(page).toMatch(/<div id="live">\n<p class="counts"/);
  });
});
