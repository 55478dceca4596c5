import { createHash } from 'node:crypto';

/** How many words in a row, shared with the source article, count as copying it. */
export const RUN_LENGTH = 5;

/** A text's words: lower-cased, apostrophes dropped, anything but letters and digits a break. */
export function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[’']/g, '')
      .match(/[a-z0-9]+/g) ?? []
  );
}

/** Every run of RUN_LENGTH consecutive words in a text, each joined by single spaces. */
export function wordRuns(text: string): string[] {
  const all = words(text);
  const runs: string[] = [];
  for (let i = 0; i + RUN_LENGTH <= all.length; i += 1) {
    runs.push(all.slice(i, i + RUN_LENGTH).join(' '));
  }
  return runs;
}

/**
 * A run's fingerprint: the first 12 hex digits of its SHA-256. The repository keeps the article's
 * fingerprints, never its words, so the check runs on a clone that has no copy of the article.
 */
export function fingerprint(run: string): string {
  return createHash('sha256').update(run).digest('hex').slice(0, 12);
}

/** The sorted, distinct fingerprints of every run in a text. */
export function fingerprintText(text: string): string[] {
  return [...new Set(wordRuns(text).map(fingerprint))].sort();
}

/** Each run of each text whose fingerprint is among `fingerprints`, with the text it is in. */
export function findCopiedRuns(
  texts: readonly string[],
  fingerprints: ReadonlySet<string>,
): { run: string; text: string }[] {
  return texts.flatMap((text) =>
    wordRuns(text)
      .filter((run) => fingerprints.has(fingerprint(run)))
      .map((run) => ({ run, text })),
  );
}
