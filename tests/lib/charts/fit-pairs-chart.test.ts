import fc from 'fast-check';

import {
  FIT_PAIRS_CHAR_WIDTH,
  FIT_PAIRS_HEIGHT,
  fitPairsGeometry,
  type FitPairsGroupInput,
} from '@/lib/charts/fit-pairs-chart';

const group = (title: string, a: number, b: number): FitPairsGroupInput => ({
  title,
  bars: [
    { score: a, label: `Alex · ${a} Solid` },
    { score: b, label: `Sam · ${b} Emerging` },
  ],
});

const score = fc.integer({ min: 0, max: 100 });
const anyChart = fc.record({
  groups: fc
    .tuple(score, score, score, score)
    .map(([a, b, c, d]) => [group('CTO fit', a, b), group('CPO fit', c, d)]),
  width: fc.integer({ min: 240, max: 1400 }),
});

describe('fitPairsGeometry', () => {
  it('draws each role as a titled group of one bar per person, bars as long as their scores', () => {
    const g = fitPairsGeometry([group('CTO fit', 50, 100), group('CPO fit', 25, 0)], 422);
    expect(g.groups.map((r) => r.title)).toEqual(['CTO fit', 'CPO fit']);
    const [half, full] = g.groups[0]!.bars;
    const [quarter, zero] = g.groups[1]!.bars;
    expect(full!.width).toBeCloseTo(400);
    expect(half!.width).toBeCloseTo(200);
    expect(quarter!.width).toBeCloseTo(100);
    expect(zero!.width).toBe(4);
    expect(g.height).toBe(FIT_PAIRS_HEIGHT);
  });

  it('writes a bar’s words on it when they fit before its mark, else after the mark', () => {
    const g = fitPairsGeometry([group('CTO fit', 90, 5), group('CPO fit', 40, 40)], 720);
    const [long, short] = g.groups[0]!.bars;
    expect(long!.label.inside).toBe(true);
    expect(short!.label).toMatchObject({ inside: false, x: short!.mark.x + 12 });
  });

  it('keeps bars, marks and ticks inside the chart, and the groups apart, at every width', () => {
    fc.assert(
      fc.property(anyChart, ({ groups, width }) => {
        const g = fitPairsGeometry(groups, width);
        const bars = g.groups.flatMap((r) => r.bars);
        for (const bar of bars) {
          expect(bar.x + bar.width).toBeLessThanOrEqual(width);
          expect(bar.mark.x + 7).toBeLessThanOrEqual(width);
          expect(bar.y + bar.height).toBeLessThanOrEqual(g.grid.bottom);
          if (bar.label.inside) {
            expect(bar.label.x + bar.label.text.length * FIT_PAIRS_CHAR_WIDTH).toBeLessThan(
              bar.mark.x - 7,
            );
          }
        }
        bars
          .slice(1)
          .forEach((bar, i) => expect(bar.y).toBeGreaterThan(bars[i]!.y + bars[i]!.height));
        for (const tick of g.ticks) expect(tick.x).toBeGreaterThanOrEqual(0);
        expect(g.ticks.at(-1)!.x).toBeLessThanOrEqual(width);
      }),
    );
  });

  it('orders the bars by score along the scale, whatever the width', () => {
    fc.assert(
      fc.property(anyChart, ({ groups, width }) => {
        const g = fitPairsGeometry(groups, width);
        groups.forEach((input, r) => {
          const [a, b] = input.bars;
          const [x, y] = g.groups[r]!.bars;
          if (a!.score > b!.score && a!.score > 2)
            expect(x!.width).toBeGreaterThanOrEqual(y!.width);
        });
      }),
    );
  });
});
