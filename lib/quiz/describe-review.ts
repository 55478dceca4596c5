import type { Answers, Form } from '@/lib/answers/schema';
import { fillPlural, fillTemplate } from '@/lib/copy/fill-template';
import { answerInWords } from '@/lib/report/answer-in-words';

import type { QuizStep } from './build-steps';
import { describeReviewEyebrow } from './describe-step';
import { numberQuestions } from './question-numbers';
import type { QuizContent } from './quiz-content';
import type { QuizWords } from './quiz-words';

/** A question left unanswered, as a link back to its step: "Answer question 7" and its text. */
export interface UnansweredView {
  readonly id: string;
  readonly stepIndex: number;
  readonly label: string;
  /** Read out after the label, not shown: ": I enjoy …". */
  readonly hiddenLabel: string;
}

/** One step's answers at a glance, with the way back to change them. */
export interface ReviewGroupView {
  readonly step: QuizStep;
  readonly stepIndex: number;
  /** Read out after "Change", not shown: " answers in Statements 1–4 of 32". */
  readonly changeHidden: string;
  readonly rows: readonly {
    readonly id: string;
    readonly question: string;
    readonly answer: string;
  }[];
}

/** Everything the review shows: how much is answered, what is not, and every answer by step. */
export interface ReviewView {
  readonly eyebrow: string;
  readonly lead: string;
  /** Null when every question is answered. */
  readonly unanswered: { readonly title: string; readonly items: readonly UnansweredView[] } | null;
  readonly groups: readonly ReviewGroupView[];
}

/** Describes the review of `answers` on a form in `words`' language, unanswered questions first. */
export function describeReview(
  words: QuizWords,
  content: QuizContent,
  form: Form,
  answers: Answers,
): ReviewView {
  const copy = words.quiz.review;
  const { steps, questionCount } = content.forms[form];
  const byId = new Map(content.questions.map((q) => [q.id, q]));
  const rows = numberQuestions(steps).map((row) => {
    const question = byId.get(row.id);
    const answer = question && answerInWords(question, answers[row.id], content.likertScale);
    return { ...row, text: question?.text ?? '', answer: answer ?? null };
  });
  const unanswered = rows.filter((row) => answers[row.id] === undefined);
  return {
    eyebrow: describeReviewEyebrow(words, form),
    lead: fillTemplate(copy.lead, {
      answered: questionCount - unanswered.length,
      total: questionCount,
    }),
    unanswered:
      unanswered.length === 0
        ? null
        : {
            title: fillPlural(copy.unanswered, unanswered.length, { count: unanswered.length }),
            items: unanswered.map((row) => ({
              id: row.id,
              stepIndex: row.stepIndex,
              label: fillTemplate(copy.answerQuestion, { number: row.number }),
              hiddenLabel: fillTemplate(copy.answerQuestionHidden, { question: row.text }),
            })),
          },
    groups: steps.map((step, stepIndex) => ({
      step,
      stepIndex,
      changeHidden: fillTemplate(copy.changeHidden, { step: step.title }),
      rows: rows
        .filter((row) => row.stepIndex === stepIndex)
        .map((row) => ({
          id: row.id,
          question: fillTemplate(copy.row, { number: row.number, question: row.text }),
          answer: row.answer ?? copy.notAnswered,
        })),
    })),
  };
}
