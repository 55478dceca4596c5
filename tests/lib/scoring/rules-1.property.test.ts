import fc from 'fast-check';

import { loadBankVersion } from '@/lib/bank/load-bank';
import type { QuestionBank } from '@/lib/bank/schema';
import { scoreAnswers } from '@/lib/scoring';
import { answerSet, completeAnswerSet } from '@/tests/fixtures/answer-arbitraries';
import { scoreAnswers as scoreAsReleased } from '@/tests/fixtures/scoring-dee24e8/score-answers';
import { tinyBank } from '@/tests/fixtures/tiny-bank';

const bankV1 = loadBankVersion(1) as QuestionBank;
const form = fc.constantFrom('short' as const, 'full' as const);

/** Every field the engine of dee24e8 returned, with the fields added since left out. */
function asReleased(profile: ReturnType<typeof scoreAnswers>) {
  const released: Record<string, unknown> = { ...profile };
  delete released.fitRange;
  const lean: Record<string, unknown> = { ...profile.lean };
  delete lean.withinMargin;
  const competencies = profile.competencies.map((c) => {
    const copy: Record<string, unknown> = { ...c };
    delete copy.range;
    return copy;
  });
  return { ...released, lean, competencies };
}

describe.each([
  ['bank version 1', bankV1],
  ['the tiny bank (scoring 1)', tinyBank],
])('scoring rules 1 on %s', (_, bank) => {
  it('scores any answer set exactly as the engine released with version 1 did', () => {
    expect(bank.scoring).toBe(1);
    fc.assert(
      fc.property(answerSet(bank), form, (answers, f) => {
        expect(asReleased(scoreAnswers(bank, answers, { form: f }))).toEqual(
          scoreAsReleased(bank, answers, { form: f }),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('scores complete answer sets, with step timing given, exactly as released', () => {
    fc.assert(
      fc.property(completeAnswerSet(bank), form, (answers, f) => {
        const timing = [{ statements: 4, seconds: 1 }];
        expect(asReleased(scoreAnswers(bank, answers, { form: f, timing }))).toEqual(
          scoreAsReleased(bank, answers, { form: f }),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('scores one-note answers exactly as released', () => {
    for (const value of [1, 2, 3, 4, 5]) {
      const answers = Object.fromEntries(
        bank.questions.filter((q) => q.type === 'likert').map((q) => [q.id, value]),
      );
      for (const f of ['short', 'full'] as const) {
        expect(asReleased(scoreAnswers(bank, answers, { form: f }))).toEqual(
          scoreAsReleased(bank, answers, { form: f }),
        );
      }
    }
  });
});
