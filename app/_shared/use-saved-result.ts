import { useDeferredValue, useEffect, useState } from 'react';

import type { QuestionBank } from '@/lib/bank/schema';

import { useLocale } from './locale-context';
import { useWords } from './page-words';
import { RESULT_KEY } from './progress-storage';
import type { SavedResultRead } from './read-saved-result';
import { useInitialStoredItem } from './use-initial-stored-item';

/** The last result finished in this browser, as a page reads it. */
export interface SavedResult {
  /** The stored text: undefined until the browser is read, null when nothing is stored. */
  readonly raw: string | null | undefined;
  /** The result decoded, once it is; null before, and when there is none or it is not wanted. */
  readonly read: SavedResultRead | null;
  /** True while a stored result that is wanted is being decoded. */
  readonly reading: boolean;
}

/**
 * Reads the last finished result, decoding it only when `wanted`: its decoder (and zod with it) is
 * fetched only when there is a saved result to show. The stored text is read right after
 * hydration and handed on as deferred work, so the report it leads to renders in slices.
 */
export function useSavedResult(bank: QuestionBank, wanted: boolean): SavedResult {
  const raw = useDeferredValue(useInitialStoredItem(RESULT_KEY));
  const [read, setRead] = useState<SavedResultRead | null>(null);
  const locale = useLocale();
  const result = useWords('result');
  const versions = useWords('versions');
  const decoders = useWords('decoders');
  useEffect(() => {
    if (!raw || !wanted) return;
    let current = true;
    void import('./read-saved-result')
      .then(({ readSavedResult }) =>
        readSavedResult(raw, bank, { result, versions, decoders }, locale),
      )
      .then((result) => {
        if (current) setRead(result);
      });
    return () => {
      current = false;
    };
  }, [raw, wanted, bank, result, versions, decoders, locale]);
  return { raw, read, reading: Boolean(raw) && wanted && read === null };
}
