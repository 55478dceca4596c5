import type { Metadata } from 'next';

import { loadBank } from '@/lib/bank/load-bank';
import { buildQuizContent } from '@/lib/quiz/quiz-content';
import { QUIZ_COPY } from '@/lib/quiz/quiz-copy';

import { Quiz } from './quiz';

export const metadata: Metadata = QUIZ_COPY.metadata;

export default function QuizPage() {
  return <Quiz content={buildQuizContent(loadBank())} />;
}
