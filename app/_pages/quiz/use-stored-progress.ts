import { useEffect, useState } from 'react';

import { keepAsideIfDamaged, PROGRESS_KEY } from '@/app/_shared/progress-storage';
import { useWords } from '@/app/_shared/page-words';
import { useInitialStoredItem } from '@/app/_shared/use-initial-stored-item';
import type { ProgressDecoding } from '@/lib/codecs/saved-progress';
import type { SavedProgress } from '@/lib/codecs/saved-progress-format';
import type { OlderSave } from '@/lib/quiz/describe-start';
import type { QuizContent } from '@/lib/quiz/quiz-content';
import { noticeOfRestore, type RestoreNotice } from '@/lib/quiz/restore-notice';

/** Progress stored in this browser, as the start screen offers it. */
export interface StoredProgress {
  /** True while stored progress is being decoded. */
  readonly restoring: boolean;
  /** Progress of the current questions to continue, or null. */
  readonly saved: SavedProgress | null;
  /** A save of an earlier version of the questions, with its stored text, or null. */
  readonly older: (OlderSave & { readonly raw: string }) | null;
  /** What to tell the person about progress not restored as saved, or null. */
  readonly notice: RestoreNotice | null;
  /** Forgets the stored progress for this visit (it was cleared or set aside). */
  readonly discard: (notice?: RestoreNotice) => void;
}

/**
 * Reads the progress stored when the page opened. It is decoded by a module fetched only when
 * there is something to decode, so a first visit never loads the decoder (zod) at all; damaged
 * progress is kept aside at once.
 */
export function useStoredProgress(content: QuizContent): StoredProgress {
  const raw = useInitialStoredItem(PROGRESS_KEY);
  const words = useWords('decoders');
  const [decoding, setDecoding] = useState<ProgressDecoding | null>(null);
  const [discarded, setDiscarded] = useState(false);
  const [declined, setDeclined] = useState<RestoreNotice | null>(null);

  useEffect(() => {
    if (!raw) return;
    let current = true;
    void import('@/lib/codecs/saved-progress').then(({ decodeSavedProgress }) => {
      if (!current) return;
      const decoded = decodeSavedProgress(raw, content.bank, content.questions, words);
      keepAsideIfDamaged(PROGRESS_KEY, raw, decoded);
      setDecoding(decoded);
    });
    return () => {
      current = false;
    };
  }, [raw, content, words]);

  return {
    restoring: Boolean(raw) && decoding === null,
    saved: !discarded && decoding?.status === 'restored' ? decoding.progress : null,
    older: !discarded && decoding?.status === 'older-version' && raw ? { ...decoding, raw } : null,
    notice: declined ?? noticeOfRestore(decoding, raw),
    discard: (notice) => {
      setDiscarded(true);
      if (notice) setDeclined(notice);
    },
  };
}
