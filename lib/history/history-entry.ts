import type { Answers, Form } from '@/lib/answers/schema';
import type { BankStamp } from '@/lib/codecs/saved-progress-format';

/** A finished answer set: what the quiz stores and the history keeps, without a date. */
export interface FinishedSet {
  readonly bank: BankStamp;
  readonly form: Form;
  readonly answers: Answers;
}

/** One finished result kept in this browser's history. */
export interface HistoryEntry extends FinishedSet {
  /** Derived from the content ({@link entryId}), so the same result imported twice is one entry. */
  readonly id: string;
  /** When the quiz was finished: an ISO date-time in UTC. */
  readonly finishedAt: string;
  /**
   * True for a result finished before history was kept: its date is when history first found it,
   * as the finish itself was never recorded.
   */
  readonly carriedOver: boolean;
}

/** Raised when the shape of a stored entry changes, so older ones are recognised as such. */
export const HISTORY_ENTRY_FORMAT = 1;

/** Builds an entry for a finished set, with its id. */
export function makeEntry(set: FinishedSet, finishedAt: string, carriedOver = false): HistoryEntry {
  const bank = { id: set.bank.id, version: set.bank.version };
  const answers = sortAnswers(set.answers);
  return {
    id: entryId({ bank, form: set.form, answers, finishedAt }),
    finishedAt,
    bank,
    form: set.form,
    answers,
    carriedOver,
  };
}

/**
 * An id made of the finish time (base 36, so that ids sort by time) and a hash of the content:
 * the same result gives the same id on every browser, which is how imports avoid duplicates.
 */
export function entryId(entry: FinishedSet & { readonly finishedAt: string }): string {
  const time = Date.parse(entry.finishedAt);
  const stamp = Number.isFinite(time) && time >= 0 ? time.toString(36).padStart(9, '0') : 'undated';
  const content = JSON.stringify([
    entry.finishedAt,
    entry.bank.id,
    entry.bank.version,
    entry.form,
    Object.entries(sortAnswers(entry.answers)),
  ]);
  return `${stamp}-${fnv1a(content).toString(36)}`;
}

/** The fields an entry is written with, in a fixed order: shared by storage and the history file. */
export function entryFields(entry: HistoryEntry) {
  return {
    finishedAt: entry.finishedAt,
    bank: { id: entry.bank.id, version: entry.bank.version },
    form: entry.form,
    answers: sortAnswers(entry.answers),
    ...(entry.carriedOver ? { carriedOver: true as const } : {}),
  };
}

/** The text one entry is stored as, under a key of its own. */
export function encodeStoredEntry(entry: HistoryEntry): string {
  return JSON.stringify({ format: HISTORY_ENTRY_FORMAT, ...entryFields(entry) });
}

/** Newest first; entries finished at the same moment keep a stable order by id. */
export function compareNewestFirst(a: HistoryEntry, b: HistoryEntry): number {
  const difference = Date.parse(b.finishedAt) - Date.parse(a.finishedAt);
  if (difference !== 0) return difference;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

function sortAnswers(answers: Answers): Answers {
  return Object.fromEntries(
    Object.entries(answers).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
