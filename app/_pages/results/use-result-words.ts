import { useWordsOf } from '@/app/_shared/page-words';
import type { ResultWords } from '@/lib/report/copy/report-words';

const NAMES = ['common', 'result'] as const;

/** The words the report's sections are built with, in the page's language. */
export function useResultWords(): ResultWords {
  return useWordsOf(NAMES);
}
