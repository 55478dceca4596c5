/** The longest name a comparison or a team map keeps for a person, in characters. */
export const MAX_NAME_LENGTH = 30;

/** A name as a link keeps it: spaces collapsed, control characters dropped, at most {@link MAX_NAME_LENGTH} characters. */
export function cleanName(name: string): string {
  // Lone surrogates go too: they cannot be percent-encoded.
  const cleaned = name
    .replace(/[\p{Cc}\p{Cs}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  return [...cleaned].slice(0, MAX_NAME_LENGTH).join('').trim();
}

/** The name read back from a link, "" when there is none, or null when it is damaged or not as {@link cleanName} leaves it. */
export function decodeName(part: string): string | null {
  let name: string;
  try {
    name = decodeURIComponent(part);
  } catch {
    return null;
  }
  return cleanName(name) === name ? name : null;
}
