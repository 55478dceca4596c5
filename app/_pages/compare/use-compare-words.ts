'use client';

import { useMemo } from 'react';

import { useWords } from '@/app/_shared/page-words';
import type { CompareWords } from '@/lib/compare/compare-words';

/** The words of a comparison in the page's language, as `buildComparisonView` takes them. */
export function useCompareWords(): CompareWords {
  const compare = useWords('compare');
  const common = useWords('common');
  const result = useWords('result');
  const scoring = useWords('scoring');
  const versions = useWords('versions');
  return useMemo(
    () => ({ compare, common, result, scoring, versions }),
    [compare, common, result, scoring, versions],
  );
}
