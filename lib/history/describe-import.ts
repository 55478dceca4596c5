import { fillPlural, fillTemplate } from '@/lib/copy/fill-template';

import { HISTORY_PAGE_COPY } from './history-page-words';

const WORDS = HISTORY_PAGE_COPY.import.outcome;

/** What importing a history file did: `added` new results, `duplicates` already here. */
export function describeImport(name: string, added: number, duplicates: number): string {
  if (added === 0) return fillTemplate(duplicates === 0 ? WORDS.empty : WORDS.nothingNew, { name });
  const sentences = [fillPlural(WORDS.added, added, { count: added, name })];
  if (duplicates > 0)
    sentences.push(fillPlural(WORDS.alreadyHere, duplicates, { count: duplicates }));
  return sentences.join(' ');
}
