import { describe, expect, it } from 'vitest';
import {
  axisAngle,
  levelRings,
  pointRuns,
  radarPoint,
  radarPoints,
  renderRadarChart,
  valueRadius,
  wrapLabel,
  type Point,
  type RadarFrame,
} from '../../../src/report/html/radar.js';
import type { ChartScale } from '../../../src/report/html/series.js';

const frame: RadarFrame = { cx: 100, cy: 100, radius: 80, min: 1, max: 4 };
const phases: ChartScale['levels'] = [
  { rank: 1, name: 'One', min: 1 },
  { rank: 2, name: 'Two', min: 2 },
  { rank: 3, name: 'Three', min: 3 },
  { rank: 4, name: 'Four', min: 4 },
];

function expectPoint(actual: Point | null, x: number, y: number): void {
  expect(actual).not.toBeNull();
  expect(actual!.x).toBeCloseTo(x, 9);
  expect(actual!.y).toBeCloseTo(y, 9);
}

/** The numbers in a `points="x,y x,y …"` attribute. */
function parsePoints(points: string): Point[] {
  return points
    .trim()
    .split(/\s+/)
    .map((pair) => {
      const [x, y] = pair.split(',').map(Number);
      return { x: x!, y: y! };
    });
}

function seriesPolygons(svg: string): Map<string, Point[]> {
  const out = new Map<string, Point[]>();
  for (const m of svg.matchAll(/<polygon class="series[^"]*" data-series="([^"]+)" points="([^"]+)"/g))
    out.set(m[1]!, parsePoints(m[2]!));
  return out;
}

describe('axisAngle', () => {
  it('starts straight up and turns clockwise by 360/n degrees per axis', () => {
    expect(axisAngle(0, 4)).toBeCloseTo(-Math.PI / 2, 12);
    expect(axisAngle(1, 4)).toBeCloseTo(0, 12);
    expect(axisAngle(2, 4)).toBeCloseTo(Math.PI / 2, 12);
    expect(axisAngle(3, 4)).toBeCloseTo(Math.PI, 12);
    // 17 axes: −90° + 5·360/17 = 15.882…°
    expect(axisAngle(5, 17)).toBeCloseTo(((-90 + (5 * 360) / 17) * Math.PI) / 180, 12);
  });
});

describe('radarPoint', () => {
  it('puts a score at the scale maximum at radius R on its own axis (4 axes)', () => {
    expectPoint(radarPoint(frame, 0, 4, 4), 100, 20);
    expectPoint(radarPoint(frame, 1, 4, 4), 180, 100);
    expectPoint(radarPoint(frame, 2, 4, 4), 100, 180);
    expectPoint(radarPoint(frame, 3, 4, 4), 20, 100);
  });

  it('puts the scale minimum at the centre and scales linearly in between', () => {
    expectPoint(radarPoint(frame, 2, 4, 1), 100, 100);
    // 2.5 is halfway between 1 and 4: 40 px out on the axis pointing right
    expectPoint(radarPoint(frame, 1, 4, 2.5), 140, 100);
    // 3 axes, axis 1 at 30°: (100 + 80·cos 30°, 100 + 80·sin 30°)
    expectPoint(radarPoint(frame, 1, 3, 4), 100 + (80 * Math.sqrt(3)) / 2, 140);
  });

  it('maps the minimum to the inner radius when there is one', () => {
    const ringed = { ...frame, inner: 8 };
    expect(valueRadius(ringed, 1)).toBeCloseTo(8, 12);
    expect(valueRadius(ringed, 4)).toBeCloseTo(80, 12);
    expect(valueRadius(ringed, 2.5)).toBeCloseTo(44, 12); // 8 + (80 − 8) / 2
  });

  it('clamps values outside the scale to the rim and the centre', () => {
    expect(valueRadius(frame, 5)).toBe(80);
    expect(valueRadius(frame, 0)).toBe(0);
  });

  it('keeps a null score as a gap', () => {
    const points = radarPoints(frame, [4, null, 1, 2.5]);
    expectPoint(points[0]!, 100, 20);
    expect(points[1]).toBeNull();
    expectPoint(points[2]!, 100, 100);
    expectPoint(points[3]!, 60, 100);
  });
});

describe('levelRings', () => {
  it('draws one ring per level at the radius of its minimum', () => {
    const rings = levelRings({ ...frame, radius: 90 }, phases);
    expect(rings.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
    expect(rings.map((r) => r.radius)).toEqual([0, 30, 60, 90]);
  });

  it('follows a scale that does not start at 1 (levels 0 / 0.25 / 0.5 / 0.9 on 0..1)', () => {
    const rings = levelRings({ cx: 0, cy: 0, radius: 100, min: 0, max: 1 }, [
      { rank: 1, name: 'L0', min: 0 },
      { rank: 2, name: 'L1', min: 0.25 },
      { rank: 3, name: 'L2', min: 0.5 },
      { rank: 4, name: 'L3', min: 0.9 },
    ]);
    expect(rings.map((r) => r.radius)).toEqual([0, 25, 50, 90]);
  });
});

describe('pointRuns', () => {
  const p = (x: number): Point => ({ x, y: 0 });

  it('gives one closed run when every axis has a point', () => {
    expect(pointRuns([p(0), p(1), p(2)])).toEqual({ closed: true, runs: [[p(0), p(1), p(2)]] });
  });

  it('breaks the line at a gap and joins the run that wraps past the last axis', () => {
    expect(pointRuns([p(0), null, p(2), p(3)])).toEqual({ closed: false, runs: [[p(2), p(3), p(0)]] });
  });

  it('leaves single points between gaps as runs of one', () => {
    expect(pointRuns([p(0), null, p(2), null])).toEqual({ closed: false, runs: [[p(2)], [p(0)]] });
  });

  it('draws nothing without any score', () => {
    expect(pointRuns([null, null, null])).toEqual({ closed: false, runs: [] });
  });
});

describe('wrapLabel', () => {
  it('wraps at word boundaries within the width and keeps long words whole', () => {
    expect(wrapLabel('Programma, budget en tijd', 18)).toEqual(['Programma, budget', 'en tijd']);
    expect(wrapLabel('Informatieveiligheid', 10)).toEqual(['Informatieveiligheid']);
  });
});

describe('renderRadarChart', () => {
  const scale: ChartScale = { min: 1, max: 4, levels: phases };
  const svg = renderRadarChart({
    id: 'chart-test',
    title: 'Score and target',
    description: 'Four axes.',
    axes: ['North', 'East', 'South', 'West'],
    series: [
      { key: 'current', label: 'Current', style: 'primary', values: [4, 2.5, 1, 4] },
      { key: 'target', label: 'Target', style: 'secondary', values: [3, 3, 3, 3] },
    ],
    scale,
  }).toString();

  it('has an accessible title and description', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="chart-test-title chart-test-desc"/);
    expect(svg).toContain('<title id="chart-test-title">Score and target</title>');
    expect(svg).toContain('<desc id="chart-test-desc">Four axes.</desc>');
  });

  it('draws each series as a polygon with one point per axis, on that axis', () => {
    const polygons = seriesPolygons(svg);
    expect([...polygons.keys()].sort()).toEqual(['current', 'target']);
    const current = polygons.get('current')!;
    expect(current).toHaveLength(4);
    // The chart is centred on (0,0); the outermost ring is R. Axis 0 is up, 1 right, 2 down, 3 left.
    const rings = [...svg.matchAll(/<circle class="ring" data-rank="(\d)" cx="0" cy="0" r="([\d.]+)"/g)].map((m) => ({
      rank: Number(m[1]),
      r: Number(m[2]),
    }));
    const outer = rings.find((r) => r.rank === 4)!.r;
    expect(current[0]!.x).toBeCloseTo(0, 1);
    expect(current[0]!.y).toBeCloseTo(-outer, 1); // score 4 = max: radius R straight up
    expect(current[3]!.x).toBeCloseTo(-outer, 1); // score 4 on the left axis
    expect(current[3]!.y).toBeCloseTo(0, 1);
    expect(current[1]!.y).toBeCloseTo(0, 1); // 2.5 on the right axis
    expect(current[1]!.x).toBeGreaterThan(0);
    // The target (phase 3) lies on ring 3 on every axis.
    const ring3 = rings.find((r) => r.rank === 3)!.r;
    for (const point of polygons.get('target')!) expect(Math.hypot(point.x, point.y)).toBeCloseTo(ring3, 1);
  });

  it('draws a ring for every phase, labelled with its rank, and one label per axis', () => {
    expect([...svg.matchAll(/<circle class="ring" data-rank="(\d)"/g)].map((m) => m[1])).toEqual(['1', '2', '3', '4']);
    expect([...svg.matchAll(/<text class="ring-label"[^>]*>(\d)<\/text>/g)].map((m) => m[1])).toEqual([
      '1',
      '2',
      '3',
      '4',
    ]);
    expect([...svg.matchAll(/<text class="axis-label"/g)]).toHaveLength(4);
    expect([...svg.matchAll(/<line class="axis"/g)]).toHaveLength(4);
  });

  it('leaves a gap for a null score: open lines instead of a polygon, and a "–" on the axis label', () => {
    const gapped = renderRadarChart({
      id: 'gap',
      title: 't',
      description: 'd',
      axes: ['A', 'B', 'C', 'D', 'E'],
      series: [{ key: 'current', label: 'Current', style: 'primary', values: [2, null, 3, 3, 2] }],
      scale,
    }).toString();
    expect(gapped).not.toContain('<polygon');
    const lines = [...gapped.matchAll(/<polyline [^>]*points="([^"]+)"/g)].map((m) => parsePoints(m[1]!));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toHaveLength(4); // C, D, E, A: the line wraps past the last axis
    expect(gapped).toContain('>B (–)</tspan>');
    // four markers, none for the missing score
    expect([...gapped.matchAll(/<circle cx=/g)]).toHaveLength(4);
  });

  it('escapes axis names and titles', () => {
    const hostile = renderRadarChart({
      id: 'x',
      title: '<b>t</b>',
      description: 'a & b',
      axes: ['<script>alert(1)</script>', 'B', 'C'],
      series: [{ key: 'current', label: 'Current', style: 'primary', values: [1, 2, 3] }],
      scale,
    }).toString();
    expect(hostile).not.toMatch(/<script/i);
    expect(hostile).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(hostile).toContain('<title id="x-title">&lt;b&gt;t&lt;/b&gt;</title>');
    expect(hostile).toContain('a &amp; b');
  });
});
