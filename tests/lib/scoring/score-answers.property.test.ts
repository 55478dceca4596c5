import fc from 'fast-check';

import type { AnswerValue } from '@/lib/answers/schema';
import { loadBank } from '@/lib/bank/load-bank';
import type { QuestionBank } from '@/lib/bank/schema';
import { scoreAnswers } from '@/lib/scoring';
import { answerSet } from '@/tests/fixtures/answer-arbitraries';
import { tinyBank } from '@/tests/fixtures/tiny-bank';
import { SCORING_COPY } from '@/lib/scoring/scoring-copy';

const banks: [string, QuestionBank][] = [
  ['the tiny test bank', tinyBank],
  ['the real bank', loadBank()],
];

const form = fc.constantFrom('short' as const, 'full' as const);
const isScore = (n: number) => Number.isInteger(n) && n >= 0 && n <= 100;

describe.each(banks)('scoreAnswers on %s', (_, bank) => {
  it('keeps every score a whole number within 0–100', () => {
    fc.assert(
      fc.property(answerSet(bank), form, (answers, f) => {
        const profile = scoreAnswers(bank, answers, SCORING_COPY, { form: f });
        expect(isScore(profile.fit.cto) && isScore(profile.fit.cpo)).toBe(true);
        for (const c of profile.competencies) {
          if (c.score !== null) expect(isScore(c.score)).toBe(true);
          expect(c.answered).toBeLessThanOrEqual(c.total);
        }
        for (const a of profile.archetypeRanking) expect(a.similarity).toBeLessThanOrEqual(100);
        for (const t of profile.tensions) {
          if (t.position !== null) expect(Math.abs(t.position)).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  it('gives the same profile for the same answers every time', () => {
    fc.assert(
      fc.property(answerSet(bank), form, (answers, f) => {
        expect(scoreAnswers(bank, answers, SCORING_COPY, { form: f })).toEqual(
          scoreAnswers(bank, structuredClone(answers), SCORING_COPY, { form: f }),
        );
      }),
    );
  });

  it('does not depend on the order the answers were given in', () => {
    fc.assert(
      fc.property(
        answerSet(bank).chain((answers) =>
          fc.tuple(
            fc.constant(answers),
            fc.shuffledSubarray(Object.entries(answers), {
              minLength: Object.keys(answers).length,
            }),
          ),
        ),
        ([answers, shuffled]) => {
          expect(scoreAnswers(bank, Object.fromEntries(shuffled), SCORING_COPY)).toEqual(
            scoreAnswers(bank, answers, SCORING_COPY),
          );
        },
      ),
    );
  });

  it('never lowers a role fit when agreement rises on an item that counts towards that role', () => {
    const likert = bank.questions.filter((q) => q.type === 'likert');
    const importance = new Map(bank.competencies.map((c) => [c.id, c.importance]));
    fc.assert(
      fc.property(
        answerSet(bank),
        fc.constantFrom(...likert),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 4 }),
        (answers, item, from, step) => {
          const to = Math.min(5, from + step);
          const before = scoreAnswers(bank, { ...answers, [item.id]: from }, SCORING_COPY);
          const after = scoreAnswers(bank, { ...answers, [item.id]: to }, SCORING_COPY);
          for (const role of ['cto', 'cpo'] as const) {
            if ((importance.get(item.competency)?.[role] ?? 0) === 0) continue;
            if (item.keyed === 'positive')
              expect(after.fit[role]).toBeGreaterThanOrEqual(before.fit[role]);
            else expect(after.fit[role]).toBeLessThanOrEqual(before.fit[role]);
          }
        },
      ),
    );
  });

  it('never throws on answers that are not valid, and treats them as unanswered', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.anything()), (junk) => {
        const profile = scoreAnswers(bank, junk as Record<string, AnswerValue>, SCORING_COPY);
        expect(isScore(profile.fit.cto) && isScore(profile.fit.cpo)).toBe(true);
      }),
    );
  });
});
