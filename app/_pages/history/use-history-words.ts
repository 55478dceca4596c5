import { useWordsOf } from '@/app/_shared/page-words';
import type { HistoryWords } from '@/lib/history/history-page-words';

const NAMES = ['common', 'history', 'scoring', 'versions'] as const;

/** The history page's words in the page's language, as its view models take them. */
export function useHistoryWords(): HistoryWords {
  return useWordsOf(NAMES);
}
