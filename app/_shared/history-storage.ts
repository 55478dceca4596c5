import type { Answers, Form } from '@/lib/answers/schema';
import type { BankStamp } from '@/lib/codecs/saved-progress-format';
import { encodeStoredEntry, type HistoryEntry } from '@/lib/history/history-entry';
import { planCarryOver, planRecording, type HistoryState } from '@/lib/history/plan-recording';

import {
  readItem,
  readItemsWithPrefix,
  removeItem,
  RESULT_KEY,
  writeItem,
} from './progress-storage';

/** Each history entry is stored under a key of its own, this prefix and its id. */
export const HISTORY_PREFIX = 'role-fit:history:';
/** Set once the result finished before history was kept has been carried over (or there was none). */
export const CARRY_OVER_KEY = 'role-fit:history-carried-over';

/** Every stored history entry: its id, storage key and text. */
export function readHistoryItems(): { id: string; key: string; text: string }[] {
  return readItemsWithPrefix(HISTORY_PREFIX).map(({ key, text }) => ({
    id: key.slice(HISTORY_PREFIX.length),
    key,
    text,
  }));
}

/** Stores entries; on the first refusal removes the ones it stored and returns false. */
export function storeEntries(entries: readonly HistoryEntry[]): boolean {
  const written: string[] = [];
  for (const entry of entries) {
    const key = `${HISTORY_PREFIX}${entry.id}`;
    if (!writeItem(key, encodeStoredEntry(entry))) {
      written.forEach(removeItem);
      return false;
    }
    written.push(key);
  }
  return true;
}

/**
 * Adds a finished quiz to history; call it before the result replaces the last one, which may be
 * an earlier result to carry over. Returns false when the browser refuses to store it.
 */
export function recordInHistory(
  bank: BankStamp,
  result: { readonly form: Form; readonly answers: Answers },
  now: Date = new Date(),
): boolean {
  const entries = planRecording(
    readState(),
    { bank, form: result.form, answers: result.answers },
    now,
  );
  writeItem(CARRY_OVER_KEY, '1');
  return storeEntries(entries);
}

/** Carries over the result finished before history was kept, once. */
export function carryOverEarlierResult(now: Date = new Date()): void {
  const state = readState();
  if (state.carryOverDone) return;
  const entry = planCarryOver(state, now);
  if (!entry || storeEntries([entry])) writeItem(CARRY_OVER_KEY, '1');
}

function readState(): HistoryState {
  return {
    stored: readHistoryItems().map((item) => item.text),
    earlierResult: readItem(RESULT_KEY),
    carryOverDone: readItem(CARRY_OVER_KEY) !== null,
  };
}

/** Deletes one history entry; returns its stored text (to undo with), or null when it could not be deleted. */
export function deleteHistoryEntry(id: string): { key: string; text: string } | null {
  const key = `${HISTORY_PREFIX}${id}`;
  const text = readItem(key);
  removeItem(key);
  return text === null || readItem(key) !== null ? null : { key, text };
}

/** Deletes every history entry; says how many there were and how many could not be deleted. */
export function deleteAllHistory(): { count: number; left: number } {
  const items = readHistoryItems();
  items.forEach((item) => removeItem(item.key));
  return { count: items.length, left: readHistoryItems().length };
}
