import { extractTexts } from '@/lib/i18n/text-paths';

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
  const words = extractTexts(translated);
  return Object.entries(extractTexts(english))
    .filter(([path, text]) => words[path] !== text)
    .flatMap(([, text]) => text.split(/\{[^}]*\}/))
    .map((piece) => piece.trim())
    .filter((piece) => piece.length > minLength);
}
