import fc from 'fast-check';

/** The items in the order of their sort keys: any permutation, as the keys vary. */
export function shuffle<T>(items: readonly T[], keys: readonly number[]): T[] {
  return items
    .map((item, i) => ({ item, key: keys[i] ?? 0, i }))
    .sort((a, b) => a.key - b.key || a.i - b.i)
    .map(({ item }) => item);
}

/** Sort keys enough to put a team of up to 12 in any order. */
export const sortKeys = fc.array(fc.nat(), { minLength: 12, maxLength: 12 });
