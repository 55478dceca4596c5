import type { Answers, Form } from '@/lib/answers/schema';
import type { QuestionBank } from '@/lib/bank/schema';

import { fillTemplate } from './copy/fill-template';
import type { ResultWords } from './copy/report-words';
import type { ResultSource } from '@/lib/codecs/shown-result';
import type { StepTitles } from '@/lib/quiz/quiz-words';
import {
  countReviewed,
  reviewAnswers,
  type ReviewGroup,
  type ReviewedAnswer,
} from './review-answers';

/** One question of the review with its answer in words, "Not answered" when there is none. */
export interface ReviewRow extends ReviewedAnswer {
  readonly answerText: string;
}

/** One quiz step of the review, with the words of its "change" button. */
export interface ReviewGroupView extends Omit<ReviewGroup, 'answers'> {
  readonly answers: readonly ReviewRow[];
  /** Said only to screen readers after "Change", e.g. " answers in About you". */
  readonly changeHidden: string;
}

/** The answer review: every question with the answer given, grouped as the quiz groups them. */
export interface AnswerReviewView {
  readonly title: string;
  readonly intro: string;
  readonly change: string;
  readonly groups: readonly ReviewGroupView[];
}

/**
 * Every question of the form with its answer, and the words around them; the groups are titled
 * as the quiz titles its steps (`stepTitles`, from the quiz's words).
 */
export function buildAnswerReview(
  { common, result }: ResultWords,
  stepTitles: StepTitles,
  bank: QuestionBank,
  form: Form,
  answers: Answers,
  source: ResultSource,
): AnswerReviewView {
  const WORDS = result.review;
  const groups = reviewAnswers(stepTitles, bank, form, answers);
  const { answered, total } = countReviewed(groups);
  return {
    title: source === 'saved' ? WORDS.title.saved : WORDS.title.other,
    intro: fillTemplate(WORDS.intro, { answered, total, form: common.forms[form].word }),
    change: WORDS.change,
    groups: groups.map((group) => ({
      ...group,
      changeHidden: fillTemplate(WORDS.changeHidden, { group: group.title }),
      answers: group.answers.map((row) => ({
        ...row,
        answerText: row.answer ?? WORDS.notAnswered,
      })),
    })),
  };
}
