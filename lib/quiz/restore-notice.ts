import type { AnswerProblem } from '@/lib/answers/find-answer-problems';
import type { ProgressDecoding } from '@/lib/codecs/saved-progress';
import { fillPlural, fillTemplate } from '@/lib/copy/fill-template';

import type { QuizWords } from './quiz-words';

/** Why saved progress could not be restored as it was; `raw` is the stored text, kept aside. */
export type RestoreNotice =
  | {
      readonly kind: 'dropped';
      readonly dropped: readonly AnswerProblem[];
      readonly raw: string;
    }
  | {
      readonly kind: 'corrupted' | 'other-version';
      readonly detail: string;
      readonly raw: string;
    }
  /** The person chose to start afresh rather than carry an earlier version's answers over. */
  | { readonly kind: 'declined'; readonly raw: string };

/**
 * What to tell a person about stored progress that could not be restored exactly as saved; null
 * for a clean restore, and for a save of an earlier version (the quiz offers to carry it over).
 */
export function noticeOfRestore(
  decoding: ProgressDecoding | null,
  raw: string | null | undefined,
): RestoreNotice | null {
  if (!decoding || !raw || decoding.status === 'older-version') return null;
  if (decoding.status === 'restored') {
    return decoding.dropped.length > 0 ? { kind: 'dropped', dropped: decoding.dropped, raw } : null;
  }
  return { kind: decoding.status, detail: decoding.detail, raw };
}

/**
 * The sentences of a restore notice in `words`' language, in the order they are shown; the
 * decoder's `detail` is put in as it comes.
 */
export function describeRestoreNotice(words: QuizWords, notice: RestoreNotice): readonly string[] {
  const copy = words.quiz.restore;
  switch (notice.kind) {
    case 'declined':
      return [copy.declined];
    case 'dropped': {
      const count = notice.dropped.length;
      return [fillPlural(copy.dropped, count, { count }), copy.keptAside];
    }
    case 'other-version':
      return [fillTemplate(copy.otherVersion, { detail: notice.detail }), copy.keptAside];
    case 'corrupted':
      return [fillTemplate(copy.corrupted, { detail: notice.detail }), copy.keptAside];
  }
}
