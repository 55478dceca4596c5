import type { QuestionBank } from '@/lib/bank/schema';

/**
 * Every released bank version's content, fetched only when a result of that version is opened:
 * a page's own (current) bank comes from the server, so no page's first script holds a bank.
 * A new version is one line here (a test keeps this list equal to the released versions).
 */
const LOADERS: Readonly<Record<number, () => Promise<{ readonly bankContent: unknown }>>> = {
  1: () => import('@/lib/bank/versions/v1'),
  2: () => import('@/lib/bank/versions/v2'),
};

/** The versions this browser code can load, oldest first. */
export const LOADABLE_BANK_VERSIONS: readonly number[] = Object.keys(LOADERS)
  .map(Number)
  .sort((a, b) => a - b);

const loading = new Map<number, Promise<QuestionBank>>();
const loaded = new Map<number, QuestionBank>();

/** A bank already loaded in this tab, or null. */
export function loadedBank(version: number): QuestionBank | null {
  return loaded.get(version) ?? null;
}

/**
 * Fetches and validates a released bank version, once per tab; null for a version never
 * released. Rejects when the browser cannot fetch it (offline, say); a later call tries again.
 */
export function loadReleasedBank(version: number): Promise<QuestionBank | null> {
  const loader = LOADERS[version];
  if (!loader) return Promise.resolve(null);
  let promise = loading.get(version);
  if (!promise) {
    promise = Promise.all([loader(), import('@/lib/bank/parse-bank')]).then(
      ([{ bankContent }, { parseBank }]) => {
        const bank = parseBank(bankContent);
        loaded.set(version, bank);
        return bank;
      },
    );
    promise.catch(() => loading.delete(version));
    loading.set(version, promise);
  }
  return promise;
}
