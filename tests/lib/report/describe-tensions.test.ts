import { describePlacement, describeTensions } from '@/lib/report/describe-tensions';
import { scoreAnswers } from '@/lib/scoring';
import { tinyBank } from '@/tests/fixtures/tiny-bank';
import { SCORING_COPY } from '@/lib/scoring/scoring-copy';
import { COMMON_COPY } from '@/lib/report/copy/common-copy';
import { ENGLISH_WORDS } from '@/tests/support/english-words';

describe('describePlacement', () => {
  it('names the side and gives the signed position', () => {
    expect(describePlacement(COMMON_COPY, -100, 'technology-first')).toBe(
      'Technology-first (\u2212100)',
    );
    expect(describePlacement(COMMON_COPY, 0, 'balanced')).toBe('Balanced (0)');
    expect(describePlacement(COMMON_COPY, 75, 'product-first')).toBe('Product-first (+75)');
  });

  it('says "Not measured" when no scenario of the tension was answered', () => {
    expect(describePlacement(COMMON_COPY, null, null)).toBe('Not measured');
  });
});

describe('describeTensions', () => {
  it('lists every tension in bank order with its practices and the person’s placement', () => {
    const rows = describeTensions(
      ENGLISH_WORDS,
      tinyBank,
      scoreAnswers(tinyBank, { 'speed-1': 'tech' }, SCORING_COPY),
    );
    expect(rows.map((r) => [r.id, r.placement, r.practices.length])).toEqual([
      ['speed', 'Technology-first (\u2212100)', 2],
      ['risk', 'Not measured', 2],
    ]);
  });
});
