import type { Page } from '@playwright/test';

import type { Answers, Form } from '@/lib/answers/schema';
import { loadBank } from '@/lib/bank/load-bank';
import { encodeStoredEntry, makeEntry, type HistoryEntry } from '@/lib/history/history-entry';

import { personAnswers } from './quiz';

const bank = loadBank();

/** The prefix every history entry is stored under (app/_shared/history-storage.ts). */
export const HISTORY_PREFIX = 'role-fit:history:';

/** People of the fixtures who took the full form, each a realistic, consistent answerer. */
export const FULL_FORM_PEOPLE = [
  'enterprise-cto',
  'b2b-saas-cpo',
  'data-scientist',
  'engineering-manager',
  'growth-product-lead',
  'staff-engineer',
] as const;

/** A full answer set of the real bank, as one of the fixtures' people gave it; `shift` picks who. */
export function variedAnswers(shift: number): Answers {
  return personAnswers(FULL_FORM_PEOPLE[shift % FULL_FORM_PEOPLE.length] ?? 'enterprise-cto');
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
