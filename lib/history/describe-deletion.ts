import { fillPlural, fillTemplate } from '@/lib/copy/fill-template';

import { HISTORY_PAGE_COPY } from './history-page-words';

const WORDS = HISTORY_PAGE_COPY.deleteAll;

/** The question asked before the whole history is deleted, for `count` stored results. */
export function describeDeleteAll(count: number): string {
  return fillPlural(WORDS.question, count, { count });
}

/** What deleting the whole history did: `left` of the `count` results could not be deleted. */
export function describeDeletedAll(count: number, left: number): string {
  if (left > 0) return fillTemplate(WORDS.partly, { left, count });
  return fillPlural(WORDS.done, count, { count });
}
