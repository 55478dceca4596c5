import fc from 'fast-check';

import { bracketPath, rangeBracket } from '@/lib/charts/bracket';
import { linearScale, SCORE_DOMAIN } from '@/lib/charts/scale';

describe('rangeBracket', () => {
  it('runs from the low end of the range to the high end on the scale', () => {
    const at = linearScale(SCORE_DOMAIN, [0, 200]);
    expect(rangeBracket({ low: 40, high: 60 }, at, 10, 3)).toEqual({
      x1: 80,
      x2: 120,
      y: 10,
      cap: 3,
    });
  });

  it('contains the x of every score inside its range', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 40, max: 1200 }),
        (a, b, c, width) => {
          const [low, score, high] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
          const at = linearScale(SCORE_DOMAIN, [0, width]);
          const bracket = rangeBracket({ low, high }, at, 0, 4);
          expect(bracket.x1).toBeLessThanOrEqual(at(score));
          expect(bracket.x2).toBeGreaterThanOrEqual(at(score));
        },
      ),
    );
  });
});

describe('bracketPath', () => {
  it('draws the line, then a cap at each end', () => {
    expect(bracketPath({ x1: 10, x2: 30, y: 20, cap: 5 })).toBe('M10 20H30M10 15V25M30 15V25');
  });
});
