import type { Page } from '@playwright/test';

import type { AnswerValue, Answers, Form } from '@/lib/answers/schema';
import { loadBank } from '@/lib/bank/load-bank';
import { encodeStoredEntry, makeEntry, type HistoryEntry } from '@/lib/history/history-entry';

const bank = loadBank();

/** The prefix every history entry is stored under (app/history/history-storage.ts). */
export const HISTORY_PREFIX = 'role-fit:history:';

/** A full, varied answer set of the real bank; `shift` changes every answer. */
export function variedAnswers(shift: number): Answers {
  const answers: Record<string, AnswerValue> = {};
  bank.questions.forEach((q, i) => {
    answers[q.id] =
      q.type === 'likert'
        ? ((i * 3 + shift) % 5) + 1
        : (q.options[(i + shift) % q.options.length]?.id ?? '');
  });
  return answers;
}

/** A history entry of the real bank (or of another bank version), finished at `finishedAt`. */
export function historyEntry(
  answers: Answers,
  finishedAt: string,
  form: Form = 'full',
  version = bank.version,
): HistoryEntry {
  return makeEntry({ bank: { id: bank.id, version }, form, answers }, finishedAt);
}

/** Storage items for entries, keyed as the page stores them. */
export function storedItems(entries: readonly HistoryEntry[]): Record<string, string> {
  return Object.fromEntries(entries.map((e) => [`${HISTORY_PREFIX}${e.id}`, encodeStoredEntry(e)]));
}

/**
 * Writes items to local storage before any page script runs, once per tab, as a returning
 * visitor's browser would hold them; a reload then finds what the page left, not the seed again.
 */
export async function seedStorage(page: Page, items: Record<string, string>): Promise<void> {
  await page.addInitScript((seed) => {
    if (sessionStorage.getItem('role-fit-test:seeded') !== null) return;
    for (const [key, value] of Object.entries(seed)) localStorage.setItem(key, value);
    sessionStorage.setItem('role-fit-test:seeded', '1');
  }, items);
}

/** Every history key in the page's local storage. */
export async function readHistoryKeys(page: Page): Promise<string[]> {
  return page.evaluate(
    (prefix) =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith(prefix))
        .sort(),
    HISTORY_PREFIX,
  );
}
