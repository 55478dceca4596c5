import content from '@/questions/site/quiz.json' with { type: 'json' };

import type { QuizCopy } from './quiz-copy-schema';

/** The quiz page's words, from `questions/site/quiz.json`; typed here, validated by a test. */
export const QUIZ_COPY: QuizCopy = content;
