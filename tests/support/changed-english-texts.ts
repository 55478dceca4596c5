/**
 * The English sentences of a piece of copy that its translation words differently: every text
 * of `english` that differs from the same path in `translated`, cut at its placeholders, keeping
 * the pieces longer than `minLength` characters. A report in that language should contain none.
 */
export function changedEnglishTexts(
  english: unknown,
  translated: unknown,
  minLength = 25,
): string[] {
  if (typeof english === 'string') {
    if (english === translated) return [];
    return english
      .split(/\{[^}]*\}/)
      .map((piece) => piece.trim())
      .filter((piece) => piece.length > minLength);
  }
  if (english === null || typeof english !== 'object') return [];
  const other = (translated ?? {}) as Record<string, unknown>;
  return Object.entries(english).flatMap(([key, value]) =>
    changedEnglishTexts(value, other[key], minLength),
  );
}
