import { useMemo } from 'react';

import { useWords } from '@/app/_shared/page-words';
import type { QuizWords } from '@/lib/quiz/quiz-words';

/** The quiz's words in the page's language, as its view models take them. */
export function useQuizWords(): QuizWords {
  const quiz = useWords('quiz');
  const common = useWords('common');
  return useMemo(() => ({ quiz, common }), [quiz, common]);
}
