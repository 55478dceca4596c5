import { describeRange, formatRange, formatScoreWithRange } from '@/lib/report/format-range';
import { COMMON_COPY } from '@/lib/report/copy/common-copy';

describe('formatRange', () => {
  it('writes a range as its two ends with an en dash', () => {
    expect(formatRange(COMMON_COPY, { low: 57, high: 67 })).toBe('57–67');
  });
});

describe('describeRange', () => {
  it('labels a range for use beside its score', () => {
    expect(describeRange(COMMON_COPY, { low: 0, high: 14 })).toMatchInlineSnapshot(`"range 0–14"`);
  });
});

describe('formatScoreWithRange', () => {
  it('puts the range in brackets after the score', () => {
    expect(formatScoreWithRange(COMMON_COPY, 62, { low: 57, high: 67 })).toMatchInlineSnapshot(
      `"62 (range 57–67)"`,
    );
  });

  it('gives the score alone when it has no range', () => {
    expect(formatScoreWithRange(COMMON_COPY, 62, null)).toBe('62');
  });
});
