import type { QuizStep } from './build-steps';

/** A question's place in a form: its number, counted across every step, and its step. */
export interface NumberedQuestion {
  readonly id: string;
  /** 1 for the form's first question. */
  readonly number: number;
  readonly stepIndex: number;
}

/** Every question of a form in the order it is asked, numbered from 1 across its steps. */
export function numberQuestions(steps: readonly QuizStep[]): NumberedQuestion[] {
  return steps
    .flatMap((step, stepIndex) => step.questionIds.map((id) => ({ id, stepIndex })))
    .map((question, i) => ({ ...question, number: i + 1 }));
}
