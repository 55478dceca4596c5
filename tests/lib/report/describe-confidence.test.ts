import { describeConfidence } from '@/lib/report/describe-confidence';
import { scoreAnswers } from '@/lib/scoring';
import { tinyBank } from '@/tests/fixtures/tiny-bank';
import { SCORING_COPY } from '@/lib/scoring/scoring-copy';
import { RESULT_COPY } from '@/lib/report/copy/result-copy';

describe('describeConfidence', () => {
  it('titles the level and passes on every reason with its advice', () => {
    const report = describeConfidence(
      RESULT_COPY,
      scoreAnswers(tinyBank, { 'tech-01': 4 }, SCORING_COPY).confidence,
    );
    expect(report.title).toBe('Low confidence');
    expect(report.reasons.length).toBeGreaterThan(0);
    for (const reason of report.reasons) {
      expect(reason.message).not.toBe('');
      expect(reason.advice).not.toBe('');
    }
  });

  it('says what high confidence means', () => {
    expect(
      describeConfidence(RESULT_COPY, { level: 'high', reasons: [] }).meaning,
    ).toMatchInlineSnapshot(
      `"Your answers were complete and consistent, so the result is as firm as this quiz can make it."`,
    );
  });
});
