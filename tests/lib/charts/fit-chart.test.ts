import fc from 'fast-check';

import {
  FIT_CHART_HEIGHT,
  FIT_LABEL_CHAR_WIDTH,
  fitChartGeometry,
  type FitChartInput,
} from '@/lib/charts/fit-chart';

const TICKS = [0, 45, 55, 70, 100];

function input(overrides: Partial<FitChartInput> = {}): FitChartInput {
  return {
    fit: { cto: 62, cpo: 48 },
    ranges: { cto: { low: 55, high: 69 }, cpo: { low: 40, high: 56 } },
    levels: { cto: 'Solid', cpo: 'Emerging' },
    ticks: TICKS,
    width: 720,
    ...overrides,
  };
}

const score = fc.integer({ min: 0, max: 100 });
/** A fit with a range around it, as the engine gives them. */
const rangedFit = fc
  .tuple(score, fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }))
  .map(([value, below, above]) => ({
    value,
    range: { low: Math.max(0, value - below), high: Math.min(100, value + above) },
  }));
const anyInput = fc
  .record({ cto: rangedFit, cpo: rangedFit, width: fc.integer({ min: 240, max: 1400 }) })
  .map(({ cto, cpo, width }) =>
    input({
      fit: { cto: cto.value, cpo: cpo.value },
      ranges: { cto: cto.range, cpo: cpo.range },
      width,
    }),
  );

describe('fitChartGeometry', () => {
  it('draws the CTO bar above the CPO bar, each as long as its fit on the plot', () => {
    const g = fitChartGeometry(input());
    const [cto, cpo] = g.bars;
    const plotWidth = g.plot.right - g.plot.left;
    expect(cto.role).toBe('cto');
    expect(cpo.role).toBe('cpo');
    expect(cto.y + cto.height).toBeLessThan(cpo.y);
    expect(cto.width).toBeCloseTo((plotWidth * 62) / 100);
    expect(cpo.width).toBeCloseTo((plotWidth * 48) / 100);
    expect(g.height).toBe(FIT_CHART_HEIGHT);
  });

  it('writes the number and level on a bar that has room for them', () => {
    expect(fitChartGeometry(input()).bars[0].label).toMatchObject({
      text: '62 · Solid',
      inside: true,
    });
  });

  it('writes a short bar’s number and level after its bracket', () => {
    const g = fitChartGeometry(
      input({
        fit: { cto: 8, cpo: 48 },
        ranges: { cto: { low: 2, high: 15 }, cpo: { low: 40, high: 56 } },
      }),
    );
    const cto = g.bars[0];
    expect(cto.label).toMatchObject({ text: '8 · Solid', inside: false });
    expect(cto.label.x).toBeGreaterThan(cto.bracket.x2);
  });

  it('keeps only the number on a narrow phone where the level fits nowhere', () => {
    const g = fitChartGeometry(
      input({
        width: 240,
        fit: { cto: 100, cpo: 48 },
        ranges: { cto: { low: 30, high: 100 }, cpo: { low: 40, high: 56 } },
        levels: { cto: 'Very strong indeed', cpo: 'Emerging' },
      }),
    );
    expect(g.bars[0].label.text).toBe('100');
  });

  it('keeps every bar and bracket inside the plot', () => {
    fc.assert(
      fc.property(anyInput, (given) => {
        const g = fitChartGeometry(given);
        for (const bar of g.bars) {
          expect(bar.x).toBeGreaterThanOrEqual(g.plot.left);
          expect(bar.x + bar.width).toBeLessThanOrEqual(g.plot.right + 2);
          expect(bar.y).toBeGreaterThanOrEqual(g.plot.top);
          expect(bar.y + bar.height).toBeLessThanOrEqual(g.plot.bottom);
          expect(bar.bracket.x1).toBeGreaterThanOrEqual(g.plot.left);
          expect(bar.bracket.x2).toBeLessThanOrEqual(g.plot.right);
        }
      }),
    );
  });

  it('puts the end of each bar inside its range’s bracket', () => {
    const zero = fitChartGeometry(
      input({
        fit: { cto: 0, cpo: 0 },
        ranges: { cto: { low: 0, high: 0 }, cpo: { low: 0, high: 0 } },
      }),
    );
    for (const bar of zero.bars) expect(bar.width).toBe(2);
    fc.assert(
      fc.property(anyInput, (given) => {
        for (const bar of fitChartGeometry(given).bars) {
          // A fit near 0 still draws a 2 px stub, which may reach past a bracket at 0 by that much.
          const end = bar.x + bar.width;
          expect(bar.bracket.x1).toBeLessThanOrEqual(end + 2);
          expect(bar.bracket.x2).toBeGreaterThanOrEqual(end - 2);
        }
      }),
    );
  });

  it('never lets a label on a bar reach its bracket, nor a label after it leave the chart', () => {
    fc.assert(
      fc.property(anyInput, (given) => {
        const g = fitChartGeometry(given);
        for (const { label, bracket } of g.bars) {
          const end = label.x + label.text.length * FIT_LABEL_CHAR_WIDTH;
          if (label.inside) expect(end).toBeLessThanOrEqual(bracket.x1);
          else if (label.text.includes('·')) expect(end).toBeLessThanOrEqual(g.width);
        }
      }),
    );
  });

  it('keeps the threshold numbers apart and inside the chart at every width', () => {
    fc.assert(
      fc.property(fc.integer({ min: 240, max: 1400 }), (width) => {
        const labels = fitChartGeometry(input({ width })).tickLabels;
        labels.forEach((label, i) => {
          expect(label.x - label.width / 2).toBeGreaterThanOrEqual(-1e-9);
          expect(label.x + label.width / 2).toBeLessThanOrEqual(width + 1e-9);
          const previous = labels[i - 1];
          if (previous) {
            expect(label.x - label.width / 2).toBeGreaterThan(previous.x + previous.width / 2);
          }
        });
      }),
    );
  });

  it('draws each grid line where its threshold is, even when its number moves aside', () => {
    const g = fitChartGeometry(input({ width: 300 }));
    const plotWidth = g.plot.right - g.plot.left;
    g.grid.forEach((line) =>
      expect(line.x).toBeCloseTo(g.plot.left + (plotWidth * line.value) / 100),
    );
  });
});
