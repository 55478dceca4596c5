import type { ProgressDecoding } from '@/lib/codecs/saved-progress';
import type { BankStamp, SavedProgress } from '@/lib/codecs/saved-progress-format';
import { encodeSavedProgress } from '@/lib/codecs/saved-progress-format';

/** Where the quiz keeps progress in this browser. */
export const PROGRESS_KEY = 'role-fit:progress';
/** The last finished answer set, which the results page shows. */
export const RESULT_KEY = 'role-fit:result';
/** Prefix of copies kept aside when stored data could not be restored. */
export const SET_ASIDE_PREFIX = 'role-fit:set-aside:';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The stored text under a key, or null when there is none or storage is out of reach. */
export function readItem(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Saves progress; returns false when the browser refuses (private mode, full storage). */
export function writeStored(key: string, bank: BankStamp, progress: SavedProgress): boolean {
  return writeItem(key, encodeSavedProgress(bank, progress));
}

export function removeItem(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // A store that cannot be written cannot hold the item either.
  }
}

/**
 * Keeps a copy of stored text that could not be fully restored under a key of its own, so that a
 * bad read never deletes what a person saved; an unrestorable original then makes way for new
 * progress. Does nothing for a clean restore, nor for a save of an earlier version of the
 * questions: that one is readable, and stays until the person chooses what to do with it.
 */
export function keepAsideIfDamaged(key: string, raw: string, decoding: ProgressDecoding): void {
  if (decoding.status === 'older-version') return;
  if (decoding.status === 'restored' && decoding.dropped.length === 0) return;
  if (!setAside(key, raw)) return; // Could not copy it: leave the original rather than lose it.
  if (decoding.status !== 'restored') removeItem(key);
}

/** Keeps a copy of stored text under a set-aside key of its own; false when the browser refuses. */
export function setAside(key: string, raw: string): boolean {
  return writeItem(`${SET_ASIDE_PREFIX}${key}:${new Date().toISOString()}`, raw);
}

/** Stores text under a key; returns false when the browser refuses (private mode, full storage). */
export function writeItem(key: string, text: string): boolean {
  const store = storage();
  if (!store) return false;
  try {
    store.setItem(key, text);
    return true;
  } catch {
    return false;
  }
}

/** Every stored key that starts with `prefix`, with its text, in key order. */
export function readItemsWithPrefix(prefix: string): { key: string; text: string }[] {
  const store = storage();
  if (!store) return [];
  try {
    const items: { key: string; text: string }[] = [];
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      const text = key?.startsWith(prefix) ? store.getItem(key) : null;
      if (key && text !== null) items.push({ key, text });
    }
    return items.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  } catch {
    return [];
  }
}
