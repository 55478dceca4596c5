'use client';

import { useWordsOf } from '@/app/_shared/page-words';
import type { CompareWords } from '@/lib/compare/compare-words';

const NAMES = ['compare', 'common', 'result', 'scoring', 'versions'] as const;

/** The words of a comparison in the page's language, as `buildComparisonView` takes them. */
export function useCompareWords(): CompareWords {
  return useWordsOf(NAMES);
}
