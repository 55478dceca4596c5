import type { CarryOver } from '@/lib/codecs/saved-progress';
import type { SavedProgress } from '@/lib/codecs/saved-progress-format';
import { formNames } from '@/lib/report/role-names';

import type { QuizStep } from './build-steps';

/** A save made with an earlier version of the questions, whose matching answers can carry over. */
export interface OlderSave {
  readonly savedVersion: number;
  readonly finished: boolean;
  readonly carryOver: CarryOver;
}

/** What the start screen says about progress saved in this browser. */
export interface SavedProgressView {
  readonly title: string;
  readonly text: string;
  readonly confirmStartOver: string;
}

/** Describes saved progress on a form of `questionCount` questions. */
export function describeSavedProgress(
  saved: SavedProgress,
  questionCount: number,
): SavedProgressView {
  const form = formNames(saved.form).name;
  const answered = Object.keys(saved.answers).length;
  return {
    title: saved.finished ? `You finished the ${form}` : `Your ${form} is saved`,
    text: `You have answered ${answered} of ${questionCount} questions. Your answers are saved in this browser only.`,
    confirmStartOver: `Start over? This clears the ${answered} answers saved in this browser. Your last finished result stays on the results page.`,
  };
}

/** What the start screen offers for a save of an earlier version of the questions. */
export interface CarryOverView {
  readonly title: string;
  readonly text: string;
  /** The label of the button that carries answers over; null when none match a current question. */
  readonly carryLabel: string | null;
}

/**
 * Describes the offer to carry an earlier version's answers into the current quiz, counting only
 * those that match a question of the current form (`steps`).
 */
export function describeCarryOver(
  older: OlderSave,
  steps: readonly QuizStep[],
  currentVersion: number,
): CarryOverView {
  const { form, answers, total } = older.carryOver;
  const formName = formNames(form).name;
  const matching = steps.flatMap((step) => step.questionIds).filter((id) => id in answers).length;
  const answersWord = (n: number) => (n === 1 ? 'answer' : 'answers');
  return {
    title: older.finished
      ? 'You finished an earlier version of the quiz'
      : 'Your answers are from an earlier version of the quiz',
    text:
      `Your ${formName} in this browser was answered with version ${older.savedVersion} of the questions; the quiz now uses version ${currentVersion}, with new and reworded statements. ` +
      (matching > 0
        ? `${matching} of your ${total} ${answersWord(total)} match questions of the current ${formName} and can be carried over; you then answer only the rest.`
        : `None of your ${total} ${answersWord(total)} match a question of the current ${formName}.`),
    carryLabel: matching > 0 ? `Carry ${matching} ${answersWord(matching)} over` : null,
  };
}
