import { useEffect, useMemo, useState } from 'react';

import type { QuestionBank } from '@/lib/bank/schema';
import type { BankLookup } from '@/lib/versions/bank-lookup';
import { isReleasedVersion } from '@/lib/versions/released-versions';

import { useLocale } from './locale-context';
import { LOADABLE_BANK_VERSIONS, loadedBank, loadReleasedBank } from './released-banks';

/** The banks a page can read results with, and whether one it needs is still on its way. */
export interface ReleasedBanks {
  /** The page's own bank, and every older one loaded so far, by version. */
  readonly lookup: BankLookup<QuestionBank>;
  /** True while the bank of a released version asked for is being fetched. */
  readonly loading: boolean;
  /** A released version whose bank could not be fetched (offline, say), or null. */
  readonly failed: number | null;
}

/**
 * The banks of the versions a page's results name: the current one (from the server) at once,
 * an older released one fetched on demand the first time it is needed. A version never released
 * is simply absent from the lookup, so the decoders say so in their own words. An older bank is
 * in the page's language, like the current one.
 */
export function useReleasedBanks(
  current: QuestionBank,
  versions: readonly (number | null)[],
): ReleasedBanks {
  const locale = useLocale();
  // Banks this tab fetched before (on another page, say) are in hand at once.
  const [loaded, setLoaded] = useState<ReadonlyMap<number, QuestionBank>>(() => {
    const banks = new Map<number, QuestionBank>();
    for (const version of LOADABLE_BANK_VERSIONS) {
      const bank = loadedBank(version, locale);
      if (bank) banks.set(version, bank);
    }
    return banks;
  });
  const [failed, setFailed] = useState<ReadonlySet<number>>(() => new Set());
  const wanted = [
    ...new Set(
      versions.filter(
        (v): v is number => v !== null && v !== current.version && isReleasedVersion(v),
      ),
    ),
  ].sort((a, b) => a - b);
  const missing = wanted.filter((v) => !loaded.has(v) && !failed.has(v));
  const missingKey = missing.join(',');

  useEffect(() => {
    if (missingKey === '') return;
    let active = true;
    for (const version of missingKey.split(',').map(Number)) {
      const give = (bank: QuestionBank | null) => {
        if (!active) return;
        if (bank) setLoaded((previous) => new Map(previous).set(version, bank));
        else setFailed((previous) => new Set(previous).add(version));
      };
      loadReleasedBank(version, locale).then(give, () => give(null));
    }
    return () => {
      active = false;
    };
  }, [missingKey, locale]);

  const lookup = useMemo<BankLookup<QuestionBank>>(
    () => (version) => (version === current.version ? current : (loaded.get(version) ?? null)),
    [current, loaded],
  );
  return {
    lookup,
    loading: missing.length > 0,
    failed: wanted.find((v) => failed.has(v)) ?? null,
  };
}
