/**
 * The share code in what a person pasted: a full results link
 * (`https://host/results#1.1.f.…`), just its fragment, or the bare code. Spaces around it, and
 * percent-escapes a mail program may have added, are removed; anything else is left for the
 * share-code decoder to judge.
 */
export function readPastedLink(text: string): string {
  const trimmed = text.trim();
  const hash = trimmed.indexOf('#');
  const code = (hash >= 0 ? trimmed.slice(hash + 1) : trimmed).trim();
  try {
    return decodeURIComponent(code);
  } catch {
    return code;
  }
}
