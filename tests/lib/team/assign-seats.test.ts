import fc from 'fast-check';

import { assignSeats, SEAT_FIT, type SeatCandidate } from '@/lib/team';
import { FIT_LEVELS } from '@/lib/scoring/fit-level';

import { shuffle, sortKeys } from './shuffle';

const member = (name: string, cto: number, cpo: number): SeatCandidate => ({
  name,
  fit: { cto, cpo },
});

describe('assignSeats', () => {
  it('leaves a seat open below the fit scale’s "emerging" level, its "not yet a match"', () => {
    expect(SEAT_FIT).toBe(FIT_LEVELS.emerging);
  });

  it('maximises the pair’s total fit rather than giving each seat its own best', () => {
    // Ana is the best CTO (80 v 75), but Ana as CPO and Ben as CTO add up to more.
    const team = [member('Ana', 80, 78), member('Ben', 75, 40), member('Chi', 50, 60)];
    const { seats, ties, runnersUp, open } = assignSeats(team);
    expect(seats).toEqual({ cto: 1, cpo: 0 });
    expect(ties).toEqual([]);
    expect(runnersUp).toEqual({ cto: 2, cpo: 2 });
    expect(open).toEqual({ cto: null, cpo: null });
  });

  it('never puts one person in both seats', () => {
    const { seats } = assignSeats([
      member('Ana', 90, 90),
      member('Ben', 50, 50),
      member('Chi', 46, 46),
    ]);
    expect(seats.cto).not.toBe(seats.cpo);
  });

  it('names the other assignments that are just as good', () => {
    const team = [member('Ana', 70, 50), member('Ben', 50, 70), member('Chi', 70, 50)];
    const { seats, ties } = assignSeats(team);
    expect(seats).toEqual({ cto: 0, cpo: 1 });
    expect(ties).toEqual([{ cto: 2, cpo: 1 }]);
  });

  it('leaves a seat open when nobody reaches it, and says so', () => {
    const team = [member('Ana', 70, 30), member('Ben', 60, 44), member('Chi', 50, 20)];
    const { seats, open, runnersUp } = assignSeats(team);
    expect(seats).toEqual({ cto: 0, cpo: null });
    expect(open).toEqual({ cto: null, cpo: 'nobody-fits' });
    expect(runnersUp.cpo).toBe(1);
  });

  it('leaves a seat open when the only one who fits it is better used in the other', () => {
    const team = [member('Ana', 70, 60), member('Ben', 30, 20), member('Chi', 40, 10)];
    expect(assignSeats(team)).toMatchObject({
      seats: { cto: 0, cpo: null },
      open: { cto: null, cpo: 'taken' },
    });
  });

  it('gives the same people the same seats whatever order they are in', () => {
    const fit = fc.integer({ min: 30, max: 90 });
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.string({ maxLength: 4 }), fit, fit), {
          minLength: 3,
          maxLength: 12,
          selector: ([name]) => name,
        }),
        sortKeys,
        (rows, keys) => {
          const team = rows.map(([name, cto, cpo]) => member(name, cto, cpo));
          const turned = shuffle(team, keys);
          const named = (members: readonly SeatCandidate[]) => {
            const { seats, runnersUp, open, ties } = assignSeats(members);
            const name = (i: number | null) => (i === null ? null : members[i]!.name);
            return {
              cto: name(seats.cto),
              cpo: name(seats.cpo),
              runnersUp: [name(runnersUp.cto), name(runnersUp.cpo)],
              open,
              ties: ties.length,
            };
          };
          expect(named(turned)).toEqual(named(team));
        },
      ),
    );
  });
});
