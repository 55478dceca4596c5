import fc from 'fast-check';

import {
  axisTicks,
  categoryChartLayout,
  COMPETENCY_CHART,
  LINE_HEIGHT,
  longestValue,
  NUMBER_AXIS_HEIGHT,
  OVERLAY_CHART,
  TENSION_CHART,
} from '@/lib/charts/category-chart';

const names = fc.uniqueArray(
  fc
    .array(fc.stringMatching(/^[a-z]{1,12}$/), { minLength: 1, maxLength: 6 })
    .map((w) => w.join(' ')),
  { minLength: 1, maxLength: 14 },
);
const kinds = fc.constantFrom(COMPETENCY_CHART, TENSION_CHART, OVERLAY_CHART);

describe('categoryChartLayout', () => {
  it('keeps room at the right for values only when there are values', () => {
    expect(categoryChartLayout(COMPETENCY_CHART, ['Security'], 600).valueWidth).toBe(0);
    expect(categoryChartLayout(COMPETENCY_CHART, ['Security'], 600, 10).valueWidth).toBeGreaterThan(
      80,
    );
  });

  it('gives every name room for its lines inside its own row, so labels never overlap rows', () => {
    fc.assert(
      fc.property(kinds, names, fc.integer({ min: 240, max: 1400 }), (kind, given, width) => {
        const layout = categoryChartLayout(kind, given, width);
        for (const name of given) {
          expect((layout.lines.get(name)?.length ?? 0) * LINE_HEIGHT).toBeLessThan(
            layout.rowHeight,
          );
        }
        expect(layout.height).toBeGreaterThanOrEqual(
          given.length * layout.rowHeight + NUMBER_AXIS_HEIGHT,
        );
      }),
    );
  });

  it('leaves the plot at least a third of the chart at every width from a small phone up', () => {
    fc.assert(
      fc.property(fc.integer({ min: 300, max: 1400 }), (width) => {
        const layout = categoryChartLayout(COMPETENCY_CHART, ['Technology strategy'], width, 3);
        expect(width - layout.nameWidth - layout.valueWidth).toBeGreaterThan(width / 3);
      }),
    );
  });

  it('leaves the values to the tooltip and table on a phone', () => {
    expect(categoryChartLayout(COMPETENCY_CHART, ['Security'], 320, 10).valueWidth).toBe(0);
  });

  it('makes the name axis wide enough for the longest word, which cannot wrap', () => {
    const layout = categoryChartLayout(COMPETENCY_CHART, ['Cross-functional leadership'], 300);
    expect(layout.lines.get('Cross-functional leadership')?.[0]).toBe('Cross-functional');
  });

  it('keeps every name’s words, in order', () => {
    fc.assert(
      fc.property(names, fc.integer({ min: 240, max: 1400 }), (given, width) => {
        const { lines } = categoryChartLayout(TENSION_CHART, given, width);
        for (const name of given) expect(lines.get(name)?.join(' ')).toBe(name);
      }),
    );
  });
});

describe('longestValue', () => {
  it('counts the characters of the longest value, and nothing for a missing one', () => {
    expect(longestValue(['62 (55–70)', null, '7'])).toBe(10);
    expect(longestValue([null])).toBe(0);
  });
});

describe('axisTicks', () => {
  it('keeps every tick on a wide chart and the ends and middle on a phone', () => {
    expect(axisTicks([0, 25, 50, 75, 100], false)).toEqual([0, 25, 50, 75, 100]);
    expect(axisTicks([0, 25, 50, 75, 100], true)).toEqual([0, 50, 100]);
    expect(axisTicks([-100, -50, 0, 50, 100], true)).toEqual([-100, 0, 100]);
  });
});
