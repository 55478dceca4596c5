import type { Answers, Form } from '@/lib/answers/schema';
import type { ProgressDecoding } from '@/lib/codecs/saved-progress';
import type { SavedProgress } from '@/lib/codecs/saved-progress-format';
import type { ResultSource } from '@/lib/codecs/shown-result';
import { fillPlural } from '@/lib/copy/fill-template';
import type { CommonCopy } from '@/lib/report/copy/schema';
import { formNames } from '@/lib/report/role-names';
import { isSameAnswerSet } from '@/lib/report/same-answers';

import type { ChangeAnswersCopy } from './quiz-copy-schema';

/** An answer set a result shows, to take back into the quiz. */
export interface AnswersToChange {
  readonly form: Form;
  readonly answers: Answers;
}

/** Other answers saved as quiz progress, which taking a result back into the quiz would replace. */
export interface AnswersToReplace {
  readonly answered: number;
  readonly finished: boolean;
  readonly form: Form;
}

/**
 * The saved progress that opening the quiz on `target` would replace, so the person is asked
 * first; null when nothing would be lost (nothing saved, no answers, the same answers, or
 * progress that cannot be read and is kept aside anyway).
 */
export function findAnswersToReplace(
  stored: ProgressDecoding | null,
  target: AnswersToChange,
): AnswersToReplace | null {
  if (stored?.status !== 'restored') return null;
  const saved = stored.progress;
  const answered = Object.keys(saved.answers).length;
  if (answered === 0 || isSameAnswerSet(saved, target)) return null;
  return { answered, finished: saved.finished, form: saved.form };
}

/** The progress the quiz resumes from to change a result's answers, opening at `step`. */
export function progressToChange(
  target: AnswersToChange,
  step: number,
  source: ResultSource,
): SavedProgress {
  // A shared or imported result is not this person's finished quiz: it resumes as progress to review.
  return { form: target.form, answers: target.answers, step, finished: source === 'saved' };
}

/**
 * The question asked before replacing saved answers with a result's, in the language of `words`
 * (`changeAnswers` says it, `common` names the form).
 */
export function describeReplaceAnswers(
  words: { readonly changeAnswers: ChangeAnswersCopy; readonly common: Pick<CommonCopy, 'forms'> },
  existing: AnswersToReplace,
  source: ResultSource,
): string {
  const copy = words.changeAnswers;
  const holds = fillPlural(
    existing.finished ? copy.holds : copy.holdsUnfinished,
    existing.answered,
    {
      count: existing.answered,
      form: formNames(words.common, existing.form).name,
    },
  );
  return [holds, copy.changing[source], copy.resultStays].join(' ');
}
