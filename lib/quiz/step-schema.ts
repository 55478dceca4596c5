import * as z from 'zod/mini';

import type { QuizQuestion } from './quiz-content';
import type { QuizWords } from './quiz-words';

/** What a person is told when a question on the step is left unanswered. */
export function missingAnswerMessage(words: QuizWords, question: QuizQuestion): string {
  return words.quiz.step.required[question.type];
}

/**
 * The schema a step must satisfy before the quiz moves on: every question on it answered, or a
 * message in `words`' language.
 */
export function buildStepSchema(words: QuizWords, questions: readonly QuizQuestion[]) {
  return z.object(
    Object.fromEntries(
      questions.map((q) => {
        const error = missingAnswerMessage(words, q);
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
