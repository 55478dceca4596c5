/**
 * The bank versions ever released, oldest first, as plain numbers: decoders in the browser judge a
 * stamp with these without loading any bank. `lib/bank/load-bank.ts` holds the banks themselves; a
 * test keeps the two lists equal.
 */
export const RELEASED_VERSIONS: readonly number[] = [1, 2];

/** The version new quizzes are taken with: the highest released one. */
export const CURRENT_VERSION = 2;

/** Whether a result stamped with this version can be scored by its own bank. */
export function isReleasedVersion(version: number): boolean {
  return RELEASED_VERSIONS.includes(version);
}
