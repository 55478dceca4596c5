import { useMemo } from 'react';

import { useWords } from '@/app/_shared/page-words';
import type { HistoryWords } from '@/lib/history/history-page-words';

/** The history page's words in the page's language, as its view models take them. */
export function useHistoryWords(): HistoryWords {
  const common = useWords('common');
  const history = useWords('history');
  const scoring = useWords('scoring');
  const versions = useWords('versions');
  return useMemo(
    () => ({ common, history, scoring, versions }),
    [common, history, scoring, versions],
  );
}
