import { describeFits } from '@/lib/report/describe-fits';
import { scoreAnswers } from '@/lib/scoring';
import { tinyBank } from '@/tests/fixtures/tiny-bank';
import { fixedAnswers } from '@/tests/lib/export/fixed-answers';
import { SCORING_COPY } from '@/lib/scoring/scoring-copy';
import { ENGLISH_WORDS } from '@/tests/support/english-words';

describe('describeFits', () => {
  it('gives each fit its label, level and range, and sums the chart up with the ranges', () => {
    const fits = describeFits(ENGLISH_WORDS, {
      fit: { cto: 62, cpo: 58 },
      fitRange: { cto: { low: 57, high: 67 }, cpo: { low: 52, high: 64 } },
    });
    expect(fits.cto).toEqual({
      role: 'cto',
      roleName: 'CTO',
      label: 'CTO fit',
      score: 62,
      scoreText: '62 / 100',
      level: 'Solid',
      meaning: 'A real match, with a few gaps worth working on.',
      range: { low: 57, high: 67 },
      rangeText: '57–67',
      rangeLabel: 'range 57–67',
    });
    expect(fits.cpo.rangeLabel).toBe('range 52–64');
    expect(fits.chartSummary).toMatchInlineSnapshot(
      `"Bar chart of your fit on a 0 to 100 scale, each bar with the range it probably lies in: CTO 62 (solid, range 57–67), CPO 58 (solid, range 52–64)."`,
    );
    expect(fits.chartNote).toMatchInlineSnapshot(
      `"The vertical lines mark where each level starts; the CPO bar is hatched; the bracket across the end of each bar spans its range."`,
    );
  });

  it('reads the engine’s profile as it is', () => {
    const profile = scoreAnswers(tinyBank, fixedAnswers, SCORING_COPY, { form: 'full' });
    const fits = describeFits(ENGLISH_WORDS, profile);
    expect([fits.cto.score, fits.cpo.score]).toEqual([profile.fit.cto, profile.fit.cpo]);
    expect([fits.cto.range, fits.cpo.range]).toEqual([profile.fitRange.cto, profile.fitRange.cpo]);
  });
});
