import type { QuestionBank } from '@/lib/bank/schema';
import type { ProgressDecoding } from '@/lib/codecs/saved-progress';
import type { Locale } from '@/lib/i18n/locales';
import type { SiteWords } from '@/lib/i18n/site-copy-files';
import { describeMissingVersion } from '@/lib/versions/bank-lookup';
import { isReleasedVersion } from '@/lib/versions/released-versions';

import { keepAsideIfDamaged, RESULT_KEY } from './progress-storage';
import { loadReleasedBank } from './released-banks';

/** A finished result kept in this browser, read with the bank of the version it was answered with. */
export type SavedResultRead =
  | { readonly status: 'read'; readonly decoding: ProgressDecoding; readonly bank: QuestionBank }
  /** Its version's bank could not be fetched (offline, say): nothing is decided or changed. */
  | { readonly status: 'unavailable'; readonly detail: string };

/**
 * Reads the saved result `raw` (the text stored under RESULT_KEY). The decoder (and zod with it)
 * is fetched here, on use; the bank of an earlier released version is fetched too when the
 * result names one, so that it is scored as it was when it was finished. A damaged result is
 * kept aside at once, so that a bad read never deletes it. `words` say why it cannot be read;
 * an earlier version's bank is read in `locale`, the page's language.
 */
export async function readSavedResult(
  raw: string,
  current: QuestionBank,
  words: Pick<SiteWords, 'result' | 'versions' | 'decoders'>,
  locale: Locale,
): Promise<SavedResultRead> {
  const { decodeSavedProgress, readSavedProgressVersion } =
    await import('@/lib/codecs/saved-progress');
  const version = readSavedProgressVersion(raw);
  let bank = current;
  if (version !== null && version !== current.version && isReleasedVersion(version)) {
    const older = await loadReleasedBank(version, locale).catch(() => null);
    if (!older) {
      return {
        status: 'unavailable',
        detail: describeMissingVersion(
          words.versions.missing,
          words.result.page.savedProblem.what,
          version,
        ),
      };
    }
    bank = older;
  }
  const stamp = { id: bank.id, version: bank.version };
  const decoding = decodeSavedProgress(raw, stamp, bank.questions, words.decoders);
  keepAsideIfDamaged(RESULT_KEY, raw, decoding);
  return { status: 'read', decoding, bank };
}
