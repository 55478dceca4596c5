/** A signed whole number with a true minus sign, e.g. "−60", "+25", "0". */
export function formatSigned(value: number): string {
  const rounded = Math.round(value);
  if (rounded === 0) return '0';
  return rounded > 0 ? `+${rounded}` : `\u2212${Math.abs(rounded)}`;
}
