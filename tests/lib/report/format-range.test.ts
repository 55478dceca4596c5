import { describeRange, formatRange, formatScoreWithRange } from '@/lib/report/format-range';

describe('formatRange', () => {
  it('writes a range as its two ends with an en dash', () => {
    expect(formatRange({ low: 57, high: 67 })).toBe('57–67');
  });
});

describe('describeRange', () => {
  it('labels a range for use beside its score', () => {
    expect(describeRange({ low: 0, high: 14 })).toMatchInlineSnapshot(`"range 0–14"`);
  });
});

describe('formatScoreWithRange', () => {
  it('puts the range in brackets after the score', () => {
    expect(formatScoreWithRange(62, { low: 57, high: 67 })).toMatchInlineSnapshot(
      `"62 (range 57–67)"`,
    );
  });

  it('gives the score alone when it has no range', () => {
    expect(formatScoreWithRange(62, null)).toBe('62');
  });
});
