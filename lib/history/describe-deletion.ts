import { fillPlural, fillTemplate } from '@/lib/copy/fill-template';

import type { HistoryWords } from './history-page-words';

/** The question asked before the whole history is deleted, for `count` stored results. */
export function describeDeleteAll(words: Pick<HistoryWords, 'history'>, count: number): string {
  return fillPlural(words.history.page.deleteAll.question, count, { count });
}

/** What deleting the whole history did: `left` of the `count` results could not be deleted. */
export function describeDeletedAll(
  words: Pick<HistoryWords, 'history'>,
  count: number,
  left: number,
): string {
  const { partly, done } = words.history.page.deleteAll;
  if (left > 0) return fillTemplate(partly, { left, count });
  return fillPlural(done, count, { count });
}
