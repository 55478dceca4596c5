import { fillPlural, fillTemplate } from '@/lib/copy/fill-template';

import type { HistoryWords } from './history-page-words';

/** What importing a history file did: `added` new results, `duplicates` already here. */
export function describeImport(
  words: Pick<HistoryWords, 'history'>,
  name: string,
  added: number,
  duplicates: number,
): string {
  const outcome = words.history.page.import.outcome;
  if (added === 0) {
    return fillTemplate(duplicates === 0 ? outcome.empty : outcome.nothingNew, { name });
  }
  const sentences = [fillPlural(outcome.added, added, { count: added, name })];
  if (duplicates > 0)
    sentences.push(fillPlural(outcome.alreadyHere, duplicates, { count: duplicates }));
  return sentences.join(' ');
}
