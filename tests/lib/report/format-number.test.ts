import { formatSigned } from '@/lib/report/format-number';

describe('formatSigned', () => {
  it('uses a true minus sign for negatives, a plus for positives and no sign for zero', () => {
    expect([-60, 25, 0, -0.4].map(formatSigned)).toEqual(['\u221260', '+25', '0', '0']);
  });
});
