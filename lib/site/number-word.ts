/**
 * A small count as a word in running text ("six tensions"), from the language's `numberWords`
 * (zero upwards); a count past the list as digits.
 */
export function numberWord(n: number, words: readonly string[]): string {
  return words[n] ?? String(n);
}
