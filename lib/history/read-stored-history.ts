import type { DecoderCopy } from '@/lib/codecs/decoder-copy-schema';
import { findUnsafeKeys } from '@/lib/codecs/find-unsafe-keys';
import { fillTemplate } from '@/lib/copy/fill-template';

import { compareNewestFirst, HISTORY_ENTRY_FORMAT, type HistoryEntry } from './history-entry';
import type { BankSource } from '@/lib/versions/bank-lookup';

import { decodeEntryFields, type HistoryBank } from './entry-schema';

/** One stored history entry: its id (from its storage key) and its text. */
export interface StoredItem {
  readonly id: string;
  readonly text: string;
}

/** A stored entry that could not be read, kept for the person to download or remove. */
export interface UnreadableEntry extends StoredItem {
  readonly reason: string;
}

export interface StoredHistory {
  /** Newest first; entries of another bank version included. */
  readonly entries: readonly HistoryEntry[];
  readonly unreadable: readonly UnreadableEntry[];
}

/**
 * Reads every stored entry on its own, so that one damaged entry never hides the others. Never
 * throws; an entry that cannot be read is listed with the reason, said with `words`, never dropped.
 */
export function readStoredHistory(
  items: readonly StoredItem[],
  source: BankSource<HistoryBank>,
  words: DecoderCopy,
): StoredHistory {
  const entries: HistoryEntry[] = [];
  const unreadable: UnreadableEntry[] = [];
  for (const item of items) {
    const reason = readItem(item, source, entries, words);
    if (reason !== null) unreadable.push({ ...item, reason });
  }
  return { entries: entries.sort(compareNewestFirst), unreadable };
}

/** Adds the entry to `entries` and returns null, or returns why it cannot be read. */
function readItem(
  item: StoredItem,
  source: BankSource<HistoryBank>,
  entries: HistoryEntry[],
  words: DecoderCopy,
): string | null {
  const said = words.storedEntry;
  let value: unknown;
  try {
    value = JSON.parse(item.text);
  } catch {
    return said.notJson;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return said.notObject;
  }
  if (findUnsafeKeys(value, 1).count > 0) return said.unsafeKey;
  const { format, ...fields } = value as Record<string, unknown>;
  if (format !== HISTORY_ENTRY_FORMAT) {
    return typeof format === 'number'
      ? fillTemplate(said.otherFormat, { format, current: HISTORY_ENTRY_FORMAT })
      : said.noFormat;
  }
  const decoding = decodeEntryFields(fields, source, words);
  if (!decoding.ok) return decoding.problems.join('; ');
  // The key names the entry: deleting it must remove what was read.
  entries.push({ ...decoding.entry, id: item.id });
  return null;
}
