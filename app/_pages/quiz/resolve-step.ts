import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';

import type { QuizFormValues } from '@/lib/quiz/form-values';
import type { QuizQuestion } from '@/lib/quiz/quiz-content';
import type { QuizWords } from '@/lib/quiz/quiz-words';
import { buildStepSchema } from '@/lib/quiz/step-schema';

/**
 * Validates the current step against its zod schema, with messages in `words`' language. Loaded on demand (see quiz.tsx) so that
 * zod is not part of the JavaScript the quiz page loads up front.
 */
export function resolveStep(
  words: QuizWords,
  questions: readonly QuizQuestion[],
  ...args: Parameters<Resolver<QuizFormValues>>
): ReturnType<Resolver<QuizFormValues>> {
  return zodResolver(buildStepSchema(words, questions))(...args);
}
