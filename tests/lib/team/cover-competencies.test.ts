import fc from 'fast-check';

import { coverCompetencies, TEAM_SOLID_SCORE, TEAM_STRONG_SCORE } from '@/lib/team';
import { FIT_LEVELS } from '@/lib/scoring/fit-level';

import { shuffle, sortKeys } from './shuffle';

const score = fc.option(fc.integer({ min: 0, max: 100 }), { nil: null, freq: 6 });

describe('coverCompetencies', () => {
  it('takes strong and solid from the fit levels, not numbers of its own', () => {
    expect(TEAM_STRONG_SCORE).toBe(FIT_LEVELS.strong);
    expect(TEAM_SOLID_SCORE).toBe(FIT_LEVELS.solid);
  });

  it('gives the best score and counts who is strong', () => {
    expect(coverCompetencies([[40, 72, 70, null]])).toEqual([
      { best: 72, strong: 2, coverage: 'covered' },
    ]);
  });

  it('calls a competency nobody is solid in a gap', () => {
    expect(coverCompetencies([[54, 30, null]])[0]?.coverage).toBe('gap');
  });

  it('calls a competency everyone is strong in a pile-up when the team has a gap elsewhere', () => {
    const covers = coverCompetencies([
      [80, 90, 70],
      [10, 20, 54],
    ]);
    expect(covers.map((c) => c.coverage)).toEqual(['pile-up', 'gap']);
  });

  it('calls a shared strength covered when the team has no gap to spread to', () => {
    expect(
      coverCompetencies([
        [80, 90, 70],
        [60, 20, 10],
      ])[0]?.coverage,
    ).toBe('covered');
  });

  it('calls a competency nobody was measured on unknown, neither gap nor covered', () => {
    expect(coverCompetencies([[null, null, null]])).toEqual([
      { best: null, strong: 0, coverage: 'unknown' },
    ]);
  });

  it('gives the same reading whatever order the members are in', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(score, { minLength: 3, maxLength: 12 }), { minLength: 1, maxLength: 6 }),
        sortKeys,
        (grid, keys) => {
          const width = grid[0]!.length;
          const square = grid.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? null));
          const reorder = (row: readonly (number | null)[]) => shuffle(row, keys);
          expect(coverCompetencies(square.map(reorder))).toEqual(coverCompetencies(square));
        },
      ),
    );
  });

  it('never turns a covered competency into a gap when a member joins', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(score, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 }),
        fc.array(score, { minLength: 8, maxLength: 8 }),
        (grid, newcomer) => {
          const before = coverCompetencies(grid);
          const after = coverCompetencies(grid.map((row, i) => [...row, newcomer[i] ?? null]));
          before.forEach((cover, i) => {
            if (cover.coverage === 'covered' || cover.coverage === 'pile-up') {
              expect(['covered', 'pile-up']).toContain(after[i]?.coverage);
            }
            expect(after[i]!.best ?? -1).toBeGreaterThanOrEqual(cover.best ?? -1);
          });
        },
      ),
    );
  });
});
