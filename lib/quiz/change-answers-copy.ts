import content from '@/questions/site/change-answers.json' with { type: 'json' };

import type { ChangeAnswersCopy } from './quiz-copy-schema';

/** The words about changing a result's answers, from `questions/site/change-answers.json`. */
export const CHANGE_ANSWERS_COPY: ChangeAnswersCopy = content;
