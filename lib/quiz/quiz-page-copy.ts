import content from '@/questions/site/quiz-page.json' with { type: 'json' };

import type { QuizPageCopy } from './quiz-copy-schema';

/** The quiz page's title and description, from `questions/site/quiz-page.json`. */
export const QUIZ_PAGE_COPY: QuizPageCopy = content;
