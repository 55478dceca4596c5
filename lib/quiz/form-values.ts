import type { AnswerValue, Answers } from '@/lib/answers/schema';

import type { QuizQuestion } from './quiz-content';

/** The quiz form's values: radio buttons give strings, and nothing while unanswered. */
export type QuizFormValues = Record<string, string | null | undefined>;

/** Form values to answers: Likert values become numbers; unanswered questions are left out. */
export function toAnswers(values: QuizFormValues, questions: readonly QuizQuestion[]): Answers {
  const answers: Record<string, AnswerValue> = {};
  for (const q of questions) {
    const value = values[q.id];
    if (typeof value !== 'string' || value === '') continue;
    if (q.type === 'likert') {
      const n = Number(value);
      if (Number.isInteger(n) && n >= 1 && n <= 5) answers[q.id] = n;
    } else if (q.options.some((o) => o.id === value)) {
      answers[q.id] = value;
    }
  }
  return answers;
}

/** Answers to form values, for restoring saved progress into the form. */
export function toFormValues(answers: Answers): QuizFormValues {
  return Object.fromEntries(Object.entries(answers).map(([id, v]) => [id, String(v)]));
}
