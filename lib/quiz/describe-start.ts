import type { Form } from '@/lib/answers/schema';
import type { CarryOver } from '@/lib/codecs/saved-progress';
import type { SavedProgress } from '@/lib/codecs/saved-progress-format';
import { fillPlural, fillTemplate, splitTemplate } from '@/lib/copy/fill-template';
import { formNames } from '@/lib/report/role-names';

import type { QuizStep } from './build-steps';
import type { QuizContent } from './quiz-content';
import type { QuizWords } from './quiz-words';

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
  words: QuizWords,
  saved: SavedProgress,
  questionCount: number,
): SavedProgressView {
  const copy = words.quiz.saved;
  const form = formNames(words.common, saved.form).name;
  const answered = Object.keys(saved.answers).length;
  return {
    title: fillTemplate(saved.finished ? copy.finishedTitle : copy.title, { form }),
    text: fillTemplate(copy.text, { answered, total: questionCount }),
    confirmStartOver: fillPlural(copy.confirmStartOver, answered, { count: answered }),
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
  words: QuizWords,
  older: OlderSave,
  steps: readonly QuizStep[],
  currentVersion: number,
): CarryOverView {
  const { form, answers, total } = older.carryOver;
  const formName = formNames(words.common, form).name;
  const matching = steps.flatMap((step) => step.questionIds).filter((id) => id in answers).length;
  const copy = words.quiz.carryOver;
  const versions = fillTemplate(copy.versions, {
    form: formName,
    saved: older.savedVersion,
    current: currentVersion,
  });
  const carried =
    matching > 0
      ? fillPlural(copy.matching, total, { matching, total, form: formName })
      : fillPlural(copy.none, total, { total, form: formName });
  return {
    title: older.finished ? copy.finishedTitle : copy.title,
    text: `${versions} ${carried}`,
    carryLabel: matching > 0 ? fillPlural(copy.carry, matching, { count: matching }) : null,
  };
}

/** One of the two forms a first visit can start, as its card shows it. */
export interface FormChoiceView {
  readonly form: Form;
  readonly title: string;
  /** "64 questions, about 15 minutes. Several statements per competency; the firmest result." */
  readonly summary: string;
  readonly startLabel: string;
}

/** The short and the full form, to choose from on a first visit. */
export function describeFormChoices(
  words: QuizWords,
  content: QuizContent,
): readonly FormChoiceView[] {
  const copy = words.quiz.forms;
  return (['short', 'full'] as const).map((form) => ({
    form,
    title: formNames(words.common, form).title,
    summary: fillTemplate(copy.summary, {
      count: content.forms[form].questionCount,
      minutes: content.forms[form].minutes,
      blurb: copy.blurbs[form],
    }),
    startLabel: fillTemplate(copy.start, { form: formNames(words.common, form).name }),
  }));
}

/** The tip that points to the role guide, split around the link: [before, link text, after]. */
export function describeGuideTip(
  words: QuizWords,
): readonly [before: string, link: string, after: string] {
  const { guide, guideLink } = words.quiz.forms.tips;
  const [before, after] = splitTemplate(guide, 'link');
  return [before, guideLink, after];
}
