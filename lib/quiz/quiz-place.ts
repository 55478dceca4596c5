import type { Answers, Form } from '@/lib/answers/schema';

import type { QuizStep } from './build-steps';

/** Where the quiz is: one of its steps, or the review after the last one. */
export type QuizPlace =
  { readonly name: 'step'; readonly index: number } | { readonly name: 'review' };

/** The part of saved progress that decides where the quiz resumes. */
export interface ResumableProgress {
  readonly form: Form;
  readonly answers: Answers;
  readonly step: number;
}

/** The review, as every place in the quiz is numbered: one past the last step. */
export function reviewStepNumber(steps: readonly unknown[]): number {
  return steps.length;
}

/** The number saved progress keeps for a place: a step's index, or one past the last for the review. */
export function stepNumberOf(steps: readonly QuizStep[], place: QuizPlace): number {
  return place.name === 'step' ? place.index : reviewStepNumber(steps);
}

/** The place saved progress names by number; a number past the last step is the review. */
export function placeOf(steps: readonly QuizStep[], step: number): QuizPlace {
  const index = Math.max(0, Math.trunc(step));
  return index < steps.length ? { name: 'step', index } : { name: 'review' };
}

/** The first step with a question still unanswered, or the review when every step is answered. */
export function firstOpenPlace(steps: readonly QuizStep[], answers: Answers): QuizPlace {
  const index = steps.findIndex((step) => step.questionIds.some((id) => !(id in answers)));
  return index === -1 ? { name: 'review' } : { name: 'step', index };
}

/**
 * Where the quiz opens on the form `chosen`: the first step without progress; the step the person
 * was on when the progress was saved on this form; the first open step when it was saved on
 * another form (going on from the short form to the full one, say), whose step numbers mean
 * nothing here.
 */
export function resumePlace(
  steps: readonly QuizStep[],
  chosen: Form,
  progress: ResumableProgress | null,
): QuizPlace {
  if (!progress) return placeOf(steps, 0);
  if (progress.form !== chosen) return firstOpenPlace(steps, progress.answers);
  return placeOf(steps, progress.step);
}
