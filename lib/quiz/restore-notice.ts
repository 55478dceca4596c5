import type { AnswerProblem } from '@/lib/answers/find-answer-problems';
import type { ProgressDecoding } from '@/lib/codecs/saved-progress';

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

/** The sentences of a restore notice, in the order they are shown. */
export function describeRestoreNotice(notice: RestoreNotice): readonly string[] {
  switch (notice.kind) {
    case 'declined':
      return [
        'Starting fresh. Your answers from the earlier version are kept aside in this browser, and you can download them.',
      ];
    case 'dropped': {
      const one = notice.dropped.length === 1;
      return [
        `We restored your progress, but ${one ? 'one saved answer no longer matches' : `${notice.dropped.length} saved answers no longer match`} the questions and ${one ? 'was' : 'were'} left out.`,
        KEPT_ASIDE,
      ];
    }
    case 'other-version':
      return [
        `Your saved answers are from another version of the quiz, so they cannot be scored against the current questions: ${notice.detail}.`,
        KEPT_ASIDE,
      ];
    case 'corrupted':
      return [`We could not read your saved answers: ${notice.detail}.`, KEPT_ASIDE];
  }
}

const KEPT_ASIDE =
  'Nothing was deleted: a copy of what was saved is kept aside in this browser, and you can download it.';
