import { describeFocusAreas } from '@/lib/report/describe-focus-areas';
import { scoreAnswers } from '@/lib/scoring';
import { chooseScenarioOptions, endorseOnly } from '@/tests/fixtures/answer-builders';
import { tinyBank } from '@/tests/fixtures/tiny-bank';
import { SCORING_COPY } from '@/lib/scoring/scoring-copy';
import { ENGLISH_WORDS } from '@/tests/support/english-words';

describe('describeFocusAreas', () => {
  it('measures a CTO-leaning profile against the CTO role, with next steps from the bank', () => {
    const answers = {
      ...endorseOnly(tinyBank, ['tech']),
      ...chooseScenarioOptions(tinyBank, 'technology'),
    };
    const report = describeFocusAreas(
      ENGLISH_WORDS,
      tinyBank,
      scoreAnswers(tinyBank, answers, SCORING_COPY),
    );
    expect(report.measuredAgainst).toBe('the CTO role');
    expect(report.strengths.items.map((s) => s.name)).toEqual(['Competency tech']);
    expect(report.strengths.items[0]!.comparison).toMatchInlineSnapshot(
      `"You scored 100. It is essential to the CTO role, which expects about 70."`,
    );
    expect(report.growthAreas.items.map((g) => g.id)).toEqual(['infra', 'lead']);
    expect(report.growthAreas.items[0]!.nextSteps).toEqual([
      'First step for infra.',
      'Second step for infra.',
    ]);
  });

  it('measures a balanced profile against both roles', () => {
    const report = describeFocusAreas(
      ENGLISH_WORDS,
      tinyBank,
      scoreAnswers(tinyBank, endorseOnly(tinyBank, ['tech', 'customer']), SCORING_COPY),
    );
    expect(report.measuredAgainst).toBe('both roles');
    expect(report.strengths.items[0]!.comparison).toMatch(/to at least one of the roles/);
  });
});
