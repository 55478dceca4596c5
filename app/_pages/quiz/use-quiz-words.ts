import { useWordsOf } from '@/app/_shared/page-words';
import type { QuizWords } from '@/lib/quiz/quiz-words';

const NAMES = ['quiz', 'common'] as const;

/** The quiz's words in the page's language, as its view models take them. */
export function useQuizWords(): QuizWords {
  return useWordsOf(NAMES);
}
