import type { Form } from '@/lib/answers/schema';
import { fillPlural, fillTemplate } from '@/lib/copy/fill-template';
import { COMMON_COPY } from '@/lib/report/copy/common-copy';
import { formNames } from '@/lib/report/role-names';

import type { QuizStep } from './build-steps';
import { numberQuestions } from './question-numbers';
import { QUIZ_COPY } from './quiz-copy';

const COPY = QUIZ_COPY.step;

/** Keys that answer a question: one per Likert point, one per scenario option. */
const ANSWER_KEYS = { likert: 5, choice: 4 } as const;

/** Everything one step of the quiz shows around its questions, numbered across the whole form. */
export interface StepView {
  readonly step: QuizStep;
  /** "Full form · Step 3 of 12". */
  readonly eyebrow: string;
  /** "Questions 9–12 of 64". */
  readonly progress: string;
  /** The share of the form's questions on the steps before this one, 0–100. */
  readonly percentBefore: number;
  /** The step's questions with their numbers in the whole form. */
  readonly questions: readonly { readonly id: string; readonly number: number }[];
  readonly hint: string;
  readonly keys: string;
  readonly hasBack: boolean;
  /** The label of the button that goes on: to the next step, or to the review after the last. */
  readonly nextLabel: string;
}

/** Describes step `index` of a form, or null when the form has no such step. */
export function describeStep(
  form: Form,
  steps: readonly QuizStep[],
  index: number,
): StepView | null {
  const step = steps[index];
  if (!step) return null;
  const numbered = numberQuestions(steps);
  const questions = numbered.filter((q) => q.stepIndex === index);
  const total = numbered.length;
  const first = questions[0]?.number ?? 0;
  const last = questions.at(-1)?.number ?? 0;
  const formTitle = formNames(COMMON_COPY, form).title;
  return {
    step,
    eyebrow: fillTemplate(COPY.eyebrow, {
      form: formTitle,
      step: index + 1,
      steps: steps.length,
    }),
    progress: fillPlural(COPY.progress, questions.length, { first, last, total }),
    percentBefore: total === 0 ? 0 : (100 * (first - 1)) / total,
    questions: questions.map(({ id, number }) => ({ id, number })),
    hint: COPY.hints[step.kind],
    keys: fillTemplate(COPY.keys, { keys: ANSWER_KEYS[step.kind] }),
    hasBack: index > 0,
    nextLabel: index + 1 < steps.length ? COPY.next : COPY.toReview,
  };
}

/** The eyebrow above the review: "Full form · Review". */
export function describeReviewEyebrow(form: Form): string {
  return fillTemplate(QUIZ_COPY.review.eyebrow, { form: formNames(COMMON_COPY, form).title });
}

/** A question's number as it stands before the question: "7.". */
export function questionNumberLabel(number: number): string {
  return fillTemplate(COPY.questionNumber, { number });
}

/**
 * The summary of questions left unanswered on a step (`missing`: their ids, each with its
 * validation message): its title and one line per question, in the step's order.
 */
export function summariseMissingAnswers(
  questions: StepView['questions'],
  missing: ReadonlyMap<string, string | undefined>,
): { readonly title: string; readonly items: readonly { id: string; text: string }[] } {
  const items = questions.flatMap(({ id, number }) => {
    if (!missing.has(id)) return [];
    const message = missing.get(id) ?? COPY.missingFallback;
    return [{ id, text: fillTemplate(COPY.missingItem, { number, message }) }];
  });
  return {
    title: fillPlural(COPY.missing, items.length, { count: items.length }),
    items,
  };
}
