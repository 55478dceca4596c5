import type { Metadata } from 'next';

import { loadBank } from '@/lib/bank/load-bank';
import { buildQuizContent } from '@/lib/quiz/quiz-content';
import { QUIZ_PAGE_COPY } from '@/lib/quiz/quiz-page-copy';

import { Quiz } from './quiz';

export const metadata: Metadata = QUIZ_PAGE_COPY;

export default function QuizPage() {
  return <Quiz content={buildQuizContent(loadBank())} />;
}
