import { median } from '@/scripts/audit/median';

describe('median', () => {
  it('takes the middle of an odd number of runs, whatever their order', () => {
    expect(median([1800, 1500, 2400])).toBe(1800);
  });

  it('averages the two middle values of an even number of runs', () => {
    expect(median([97, 99])).toBe(98);
  });

  it('is null when no run produced the figure', () => {
    expect(median([])).toBeNull();
  });
});
