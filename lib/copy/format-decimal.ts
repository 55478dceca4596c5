/**
 * A number with `digits` decimals, written with the language's decimal mark ("1.6" in English,
 * "1,6" in Spanish and German).
 */
export function formatDecimal(value: number, digits: number, decimalMark: string): string {
  return value.toFixed(digits).replace('.', decimalMark);
}
