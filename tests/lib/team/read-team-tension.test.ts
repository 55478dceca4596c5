import fc from 'fast-check';

import { SIDE_THRESHOLD } from '@/lib/compare/classify-tension';
import { readTeamTension } from '@/lib/team';

describe('readTeamTension', () => {
  it('puts the centre at the median, which one member at an end does not drag', () => {
    expect(readTeamTension([0, 10, 20, -100])).toMatchObject({ centre: 5, spread: 120 });
    expect(readTeamTension([0, 10, -100])).toMatchObject({ centre: 0, spread: 110 });
  });

  it('reads a team that leans one way with nobody on the other side as one-sided', () => {
    expect(readTeamTension([50, 75, 25, 100])).toMatchObject({
      reading: 'one-sided',
      blindSpot: 'technology',
    });
    expect(readTeamTension([-50, -75, 0])).toMatchObject({
      reading: 'one-sided',
      blindSpot: 'product',
    });
  });

  it('reads two sides with less middle ground than the smaller side as split into camps', () => {
    expect(readTeamTension([-75, -50, 50, 100, 0])).toMatchObject({
      reading: 'split',
      counts: { technology: 2, middle: 1, product: 2 },
      blindSpot: null,
    });
  });

  it('reads a strong middle, or both sides voiced across one, as balanced', () => {
    expect(readTeamTension([-50, 0, 25, 50]).reading).toBe('balanced');
    expect(readTeamTension([0, 0, 25]).reading).toBe('balanced');
  });

  it('takes sides at the same line as a single result and a pair', () => {
    expect(readTeamTension([SIDE_THRESHOLD, SIDE_THRESHOLD, 60]).reading).toBe('one-sided');
    expect(readTeamTension([SIDE_THRESHOLD - 1, SIDE_THRESHOLD - 1, 60]).reading).toBe('balanced');
  });

  it('does not read a tension fewer than two members answered', () => {
    expect(readTeamTension([null, 50, null])).toMatchObject({
      centre: null,
      spread: null,
      reading: 'unknown',
    });
  });

  it('gives the same reading whatever order the members are in', () => {
    const position = fc.option(fc.integer({ min: -100, max: 100 }), { nil: null, freq: 5 });
    fc.assert(
      fc.property(fc.array(position, { minLength: 3, maxLength: 12 }), (positions) => {
        expect(readTeamTension([...positions].reverse())).toEqual(readTeamTension(positions));
      }),
    );
  });
});
