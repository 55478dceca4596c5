import type { QuestionBank } from '@/lib/bank/schema';
import type { Locale } from '@/lib/i18n/locales';
import { lookupOf, type BankLookup } from '@/lib/versions/bank-lookup';
import { isReleasedVersion } from '@/lib/versions/released-versions';

import { loadReleasedBank } from './released-banks';

/**
 * A lookup of the current bank and the banks of every earlier released version among `versions`,
 * fetched on demand. A version that cannot be fetched (offline, say) or was never released is
 * left out: the decoders then keep its results as they are and say they cannot be read here.
 * The earlier banks are in `locale`, the page's language (English unless given).
 */
export async function loadBanksFor(
  current: QuestionBank,
  versions: readonly number[],
  locale: Locale,
): Promise<BankLookup<QuestionBank>> {
  const older = await Promise.all(
    [...new Set(versions)]
      .filter((v) => v !== current.version && isReleasedVersion(v))
      .map((v) => loadReleasedBank(v, locale).catch(() => null)),
  );
  return lookupOf(current, ...older.filter((bank): bank is QuestionBank => bank !== null));
}
