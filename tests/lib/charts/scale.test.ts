import fc from 'fast-check';

import { linearScale, SCORE_DOMAIN, TENSION_DOMAIN } from '@/lib/charts/scale';

describe('linearScale', () => {
  it('maps the ends of the domain onto the ends of the range', () => {
    const at = linearScale(SCORE_DOMAIN, [10, 210]);
    expect(at(0)).toBe(10);
    expect(at(50)).toBe(110);
    expect(at(100)).toBe(210);
  });

  it('puts the middle of a tension at the middle of its track', () => {
    expect(linearScale(TENSION_DOMAIN, [0, 300])(0)).toBe(150);
  });

  it('keeps every value, however far out or not a number, inside the range', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.double(), fc.constant(Number.NaN)),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 2000 }),
        (value, left, span) => {
          const x = linearScale(SCORE_DOMAIN, [left, left + span])(value);
          expect(x).toBeGreaterThanOrEqual(left);
          expect(x).toBeLessThanOrEqual(left + span);
        },
      ),
    );
  });

  it('never moves a larger value left of a smaller one', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -200, max: 200, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (a, d) => {
          const at = linearScale(TENSION_DOMAIN, [0, 320]);
          expect(at(a + d)).toBeGreaterThanOrEqual(at(a));
        },
      ),
    );
  });
});
