/**
 * A short mark per name for a chart where names do not fit: the initials of up to two words
 * ("Ana Silva" → "AS", "Ben" → "B"), numbered in order when two members share them ("A1", "A2").
 */
export function memberMarks(names: readonly string[]): string[] {
  const initials = names.map((name) =>
    name
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 2)
      .map((word) => [...word][0]?.toUpperCase() ?? '')
      .join(''),
  );
  const seen = new Map<string, number>();
  return initials.map((mark) => {
    const shared = initials.filter((m) => m === mark).length > 1;
    if (!shared) return mark;
    const n = (seen.get(mark) ?? 0) + 1;
    seen.set(mark, n);
    return `${mark}${n}`;
  });
}
