import fc from 'fast-check';

import {
  COMPETENCY_ROWS,
  LINE_HEIGHT,
  longestValue,
  OVERLAY_ROWS,
  rowLayout,
  TENSION_ROWS,
} from '@/lib/charts/rows';

const KINDS = [COMPETENCY_ROWS, TENSION_ROWS, OVERLAY_ROWS];
const names = fc.array(
  fc
    .array(fc.stringMatching(/^[a-z]{1,14}$/), { minLength: 1, maxLength: 6 })
    .map((w) => w.join(' ')),
  { minLength: 1, maxLength: 14 },
);

describe('rowLayout', () => {
  it('gives every row as many lines as the longest name needs', () => {
    const layout = rowLayout(
      COMPETENCY_ROWS,
      ['Security', 'Product strategy and the roadmap'],
      200,
    );
    expect(layout.lines).toBe(layout.wrapped[1]!.length);
    expect(layout.lines).toBeGreaterThan(1);
  });

  it('wraps names sooner when a longer value needs room beside them', () => {
    const name = ['Architecture and technical strategy for the platform'];
    expect(rowLayout(COMPETENCY_ROWS, name, 360, 12).lines).toBeGreaterThanOrEqual(
      rowLayout(COMPETENCY_ROWS, name, 360, 2).lines,
    );
  });

  it('stacks rows without overlap, each name’s lines inside its own row', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KINDS),
        names,
        fc.integer({ min: 240, max: 1200 }),
        (kind, given, width) => {
          const layout = rowLayout(kind, given, width);
          given.forEach((_, i) => {
            expect(layout.rowTop(i + 1) - layout.rowTop(i)).toBe(layout.rowHeight);
            expect((layout.wrapped[i]?.length ?? 0) * LINE_HEIGHT).toBeLessThan(layout.rowHeight);
          });
          expect(layout.rowTop(given.length)).toBeLessThanOrEqual(layout.height);
        },
      ),
    );
  });

  it('keeps every name’s words, in order', () => {
    fc.assert(
      fc.property(names, fc.integer({ min: 240, max: 1200 }), (given, width) => {
        rowLayout(TENSION_ROWS, given, width).wrapped.forEach((lines, i) =>
          expect(lines.join(' ')).toBe(given[i]),
        );
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
