import type { QuestionBank } from '@/lib/bank/schema';
import type { ProgressDecoding } from '@/lib/codecs/saved-progress';
import { describeMissingVersion } from '@/lib/versions/bank-lookup';
import { isReleasedVersion } from '@/lib/versions/released-versions';

import { loadReleasedBank } from './released-banks';

/** A finished result kept in this browser, read with the bank of the version it was answered with. */
export type SavedResultRead =
  | { readonly status: 'read'; readonly decoding: ProgressDecoding; readonly bank: QuestionBank }
  /** Its version's bank could not be fetched (offline, say): nothing is decided or changed. */
  | { readonly status: 'unavailable'; readonly detail: string };

/**
 * Reads a saved result. The decoder (and zod with it) is fetched here, on use; the bank of an
 * earlier released version is fetched too when the result names one, so that it is scored as it
 * was when it was finished.
 */
export async function readSavedResult(
  raw: string,
  current: QuestionBank,
): Promise<SavedResultRead> {
  const { decodeSavedProgress, readSavedProgressVersion } =
    await import('@/lib/codecs/saved-progress');
  const version = readSavedProgressVersion(raw);
  let bank = current;
  if (version !== null && version !== current.version && isReleasedVersion(version)) {
    const older = await loadReleasedBank(version).catch(() => null);
    if (!older) {
      return {
        status: 'unavailable',
        detail: describeMissingVersion('Your saved result', version),
      };
    }
    bank = older;
  }
  const decoding = decodeSavedProgress(raw, { id: bank.id, version: bank.version }, bank.questions);
  return { status: 'read', decoding, bank };
}
