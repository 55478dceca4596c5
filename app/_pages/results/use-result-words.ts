import { useMemo } from 'react';

import { useWords } from '@/app/_shared/page-words';
import type { ResultWords } from '@/lib/report/copy/report-words';

/** The words the report's sections are built with, in the page's language. */
export function useResultWords(): ResultWords {
  const common = useWords('common');
  const result = useWords('result');
  return useMemo(() => ({ common, result }), [common, result]);
}
