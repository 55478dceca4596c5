import * as z from 'zod/mini';

import type { AnswerValue, Answers } from '@/lib/answers/schema';

import type { QuizQuestion } from './quiz-content';

/** The quiz form's values: radio buttons give strings, and nothing while unanswered. */
export type QuizFormValues = Record<string, string | null | undefined>;

/** What a person is told when a question on the step is left unanswered. */
export function missingAnswerMessage(question: QuizQuestion): string {
  return question.type === 'likert'
    ? 'Choose how much you agree with this statement'
    : 'Choose what you would do';
}

/** The schema a step must satisfy before the quiz moves on: every question on it answered. */
export function buildStepSchema(questions: readonly QuizQuestion[]) {
  return z.object(
    Object.fromEntries(
      questions.map((q) => {
        const error = missingAnswerMessage(q);
        const allowed =
          q.type === 'likert' ? ['1', '2', '3', '4', '5'] : q.options.map((o) => o.id);
        const answered = z.custom<string | null | undefined>(
          (v) => typeof v === 'string' && allowed.includes(v),
          { error },
        );
        return [q.id, answered];
      }),
    ),
  );
}

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
