import type { Metadata } from 'next';

import { loadBank } from '@/lib/bank/load-bank';
import { buildQuizContent } from '@/lib/quiz/quiz-content';

import { Quiz } from './quiz';

export const metadata: Metadata = {
  title: 'Take the quiz',
  description:
    'Answer statements and workplace scenarios to see how well you fit the CTO and CPO roles. Your answers are saved only in this browser.',
};

export default function QuizPage() {
  return <Quiz content={buildQuizContent(loadBank())} />;
}
