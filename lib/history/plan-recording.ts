import { isSameAnswerSet } from '@/lib/report/same-answers';

import { makeEntry, type FinishedSet, type HistoryEntry } from './history-entry';
import { readFinishedSet, readFinishedTime } from './read-finished-set';

/** What history holds when a result is recorded, as stored text. */
export interface HistoryState {
  /** The text of every stored history entry. */
  readonly stored: readonly string[];
  /** The last finished result kept by the quiz before this one, if any. */
  readonly earlierResult: string | null;
  /** Whether an earlier result has already been considered for carrying over. */
  readonly carryOverDone: boolean;
}

/**
 * The entries to add when a quiz is finished: the new result, unless it repeats the newest entry
 * (finishing again without a change, say); and, the first time, the result finished before
 * history was kept, dated just before it.
 */
export function planRecording(
  state: HistoryState,
  finished: FinishedSet,
  finishedAt: Date,
): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  const carried = planCarryOver(state, new Date(finishedAt.getTime() - 1));
  if (carried && !isSameSet(carried, finished)) entries.push(carried);
  const newest = newestStored(state.stored);
  if (!newest || !isSameSet(newest, finished)) {
    entries.push(makeEntry(finished, finishedAt.toISOString()));
  }
  return entries;
}

/**
 * The result finished before history was kept, as an entry dated `foundAt`: only once, and only
 * when no entry already holds the same answers.
 */
export function planCarryOver(state: HistoryState, foundAt: Date): HistoryEntry | null {
  if (state.carryOverDone) return null;
  const earlier = readFinishedSet(state.earlierResult);
  if (!earlier) return null;
  const held = state.stored.some((text) => {
    const set = readFinishedSet(text);
    return set !== null && isSameSet(set, earlier);
  });
  return held ? null : makeEntry(earlier, foundAt.toISOString(), true);
}

function newestStored(stored: readonly string[]): FinishedSet | null {
  let newest: { time: number; text: string } | null = null;
  for (const text of stored) {
    const time = readFinishedTime(text);
    if (Number.isFinite(time) && (!newest || time > newest.time)) newest = { time, text };
  }
  return newest ? readFinishedSet(newest.text) : null;
}

/** Same questions, same form, same answers. */
export function isSameSet(a: FinishedSet, b: FinishedSet): boolean {
  return a.bank.id === b.bank.id && a.bank.version === b.bank.version && isSameAnswerSet(a, b);
}
