import type { Form } from '@/lib/answers/schema';
import { fillPlural, fillTemplate } from '@/lib/copy/fill-template';
import { formNames } from '@/lib/report/role-names';

import type { QuizStep } from './build-steps';
import { numberQuestions } from './question-numbers';
import type { QuizWords } from './quiz-words';

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

/** Describes step `index` of a form in `words`' language, or null when the form has no such step. */
export function describeStep(
  words: QuizWords,
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
  const copy = words.quiz.step;
  const formTitle = formNames(words.common, form).title;
  return {
    step,
    eyebrow: fillTemplate(copy.eyebrow, {
      form: formTitle,
      step: index + 1,
      steps: steps.length,
    }),
    progress: fillPlural(copy.progress, questions.length, { first, last, total }),
    percentBefore: total === 0 ? 0 : (100 * (first - 1)) / total,
    questions: questions.map(({ id, number }) => ({ id, number })),
    hint: copy.hints[step.kind],
    keys: fillTemplate(copy.keys, { keys: ANSWER_KEYS[step.kind] }),
    hasBack: index > 0,
    nextLabel: index + 1 < steps.length ? copy.next : copy.toReview,
  };
}

/** The eyebrow above the review: "Full form · Review". */
export function describeReviewEyebrow(words: QuizWords, form: Form): string {
  return fillTemplate(words.quiz.review.eyebrow, { form: formNames(words.common, form).title });
}

/** A question's number as it stands before the question: "7.". */
export function questionNumberLabel(words: QuizWords, number: number): string {
  return fillTemplate(words.quiz.step.questionNumber, { number });
}

/**
 * The summary of questions left unanswered on a step (`missing`: their ids, each with its
 * validation message): its title and one line per question, in the step's order.
 */
export function summariseMissingAnswers(
  words: QuizWords,
  questions: StepView['questions'],
  missing: ReadonlyMap<string, string | undefined>,
): { readonly title: string; readonly items: readonly { id: string; text: string }[] } {
  const copy = words.quiz.step;
  const items = questions.flatMap(({ id, number }) => {
    if (!missing.has(id)) return [];
    const message = missing.get(id) ?? copy.missingFallback;
    return [{ id, text: fillTemplate(copy.missingItem, { number, message }) }];
  });
  return {
    title: fillPlural(copy.missing, items.length, { count: items.length }),
    items,
  };
}
