import fc from 'fast-check';

import {
  competencyStandardErrors,
  fitStandardError,
  pooledSpread,
  RANGE_RULES,
  rangeAround,
  rangesOverlap,
} from '@/lib/scoring/score-ranges';

/** Four answers to one competency, moving between 50 and 75. */
const fourAnswers = [50, 75, 50, 75];

describe('pooledSpread', () => {
  it('is the prior spread when no competency has two answers', () => {
    expect(pooledSpread([[100], [0], []])).toBe(RANGE_RULES.priorSd);
  });

  it('never claims zero spread for identical answers', () => {
    expect(
      pooledSpread([
        [75, 75],
        [50, 50],
      ]),
    ).toBeGreaterThan(15);
  });

  it('grows with the spread of answers within each competency', () => {
    expect(pooledSpread([[0, 100, 0, 100]])).toBeGreaterThan(pooledSpread([fourAnswers]));
  });
});

describe('rangeAround', () => {
  it('draws a 90% interval, clamped to 0–100 and rounded', () => {
    expect(rangeAround(50, 10)).toEqual({ low: 34, high: 66 });
    expect(rangeAround(95, 10)).toEqual({ low: 79, high: 100 });
  });

  it('always contains the rounded score', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        (score, se) => {
          const range = rangeAround(score, se);
          expect(range.low).toBeLessThanOrEqual(Math.round(score));
          expect(range.high).toBeGreaterThanOrEqual(Math.round(score));
          expect(range.low).toBeGreaterThanOrEqual(0);
          expect(range.high).toBeLessThanOrEqual(100);
        },
      ),
    );
  });
});

describe('competencyStandardErrors', () => {
  it('narrows with more answers and leaves unanswered competencies without one', () => {
    const [four, one, none] = competencyStandardErrors([fourAnswers, [50], []]);
    expect(four).toBeLessThan(one ?? 0);
    expect(none).toBeNull();
  });
});

describe('fitStandardError', () => {
  it('weighs each competency by its share of the importance weights', () => {
    // Only the first counts: its standard error passes through unchanged.
    expect(fitStandardError([10, 20], [3, 0], [])).toBeCloseTo(10);
    // Two equal weights and errors: 10 / √2.
    expect(fitStandardError([10, 10], [2, 2], [])).toBeCloseTo(10 / Math.SQRT2);
  });

  it('blends in the scenarios with their share of the fit', () => {
    const both = fitStandardError([10], [3], [60, 60, 60]) ?? 0;
    const competencyOnly = fitStandardError([10], [3], []) ?? 0;
    expect(both).not.toBe(competencyOnly);
  });

  it('is null when nothing counts towards the fit', () => {
    expect(fitStandardError([null], [3], [])).toBeNull();
  });
});

describe('rangesOverlap', () => {
  it('is true when the ranges share a point and false when they are apart', () => {
    expect(rangesOverlap({ cto: { low: 50, high: 60 }, cpo: { low: 60, high: 70 } })).toBe(true);
    expect(rangesOverlap({ cto: { low: 50, high: 59 }, cpo: { low: 60, high: 70 } })).toBe(false);
  });
});
