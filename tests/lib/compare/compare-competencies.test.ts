import { compareCompetency } from '@/lib/compare';

describe('compareCompetency', () => {
  it.each([
    [80, 40, 'first-covers'],
    [30, 70, 'second-covers'],
    [60, 90, 'both-strong'],
    [20, 40, 'shared-gap'],
    [50, 50, 'similar'],
    [60, 50, 'similar'],
    [null, 70, 'unknown'],
  ] as const)('reads %s and %s as %s', (a, b, coverage) => {
    expect(compareCompetency(a, b)).toBe(coverage);
  });
});
