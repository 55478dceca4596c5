import { entryId, type HistoryEntry } from './history-entry';

export interface HistoryMerge {
  /** Incoming entries that history does not hold yet, to be stored. */
  readonly added: readonly HistoryEntry[];
  /** How many incoming entries were already there (or repeated in the file). */
  readonly duplicates: number;
}

/**
 * Merges imported entries into history without duplicates: an entry is the same when it has the
 * same finish time, questions, form and answers, whatever its stored id.
 */
export function mergeHistory(
  existing: readonly HistoryEntry[],
  incoming: readonly HistoryEntry[],
): HistoryMerge {
  const seen = new Set(existing.map(entryId));
  const added: HistoryEntry[] = [];
  for (const entry of incoming) {
    const id = entryId(entry);
    if (seen.has(id)) continue;
    seen.add(id);
    added.push(entry);
  }
  return { added, duplicates: incoming.length - added.length };
}
