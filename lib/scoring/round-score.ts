/** Rounds to a whole number, never producing −0 (which would not equal 0 in comparisons). */
export function roundScore(value: number): number {
  return Math.round(value) + 0;
}
