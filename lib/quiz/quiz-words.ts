import type { CommonCopy } from '@/lib/report/copy/schema';

import type { QuizCopy } from './quiz-copy-schema';

/**
 * The words of the quiz in one language: passed to every view model of the quiz, so that the same
 * steps and answers are described in the language of the page (its server component loads them).
 */
export interface QuizWords {
  readonly quiz: QuizCopy;
  /** For the forms' names ("Full form"). */
  readonly common: Pick<CommonCopy, 'forms'>;
}

/** The titles of the quiz's steps, which only count ("Statements 1–4 of 32"). */
export type StepTitles = QuizCopy['step']['titles'];
