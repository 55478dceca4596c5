import { bench, describe } from 'vitest';

import type { AnswerValue } from '@/lib/answers/schema';
import { loadBank } from '@/lib/bank/load-bank';
import { scoreAnswers } from '@/lib/scoring';
import { SCORING_COPY } from '@/lib/scoring/scoring-copy';

const bank = loadBank();

/** A full, varied answer set: every question answered, Likert values cycling through the scale. */
const fullAnswers: Record<string, AnswerValue> = Object.fromEntries(
  bank.questions.map((q, i) => [
    q.id,
    q.type === 'likert' ? (i % 5) + 1 : (q.options[i % q.options.length]?.id ?? ''),
  ]),
);
const shortAnswers = Object.fromEntries(
  bank.questions.filter((q) => q.inShortForm).map((q) => [q.id, fullAnswers[q.id] as AnswerValue]),
);

describe('scoreAnswers', () => {
  bench('full form, every question answered', () => {
    scoreAnswers(bank, fullAnswers, SCORING_COPY);
  });

  bench('short form, every question answered', () => {
    scoreAnswers(bank, shortAnswers, SCORING_COPY, { form: 'short' });
  });
});
