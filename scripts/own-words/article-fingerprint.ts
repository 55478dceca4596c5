import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { z } from 'zod';

import { RUN_LENGTH } from './word-runs';

/** The source article, beside the repository; a clean clone does not have it. */
export const ARTICLE_PATH = resolve(
  import.meta.dirname,
  '../../../shared/source/cto-vs-cpo-article.md',
);

/** Where the repository keeps the article's fingerprint. */
export const FINGERPRINT_PATH = resolve(
  import.meta.dirname,
  '../../tests/questions/article-fingerprint.json',
);

/**
 * The fingerprints of every run of words in the source article, and how they were made. A file
 * with no runs, or runs of another length, would let every text pass, so it is refused instead.
 */
const articleFingerprintSchema = z.strictObject({
  source: z.string(),
  runLength: z.literal(RUN_LENGTH),
  hash: z.string(),
  runs: z.array(z.string().regex(/^[0-9a-f]{12}$/)).min(1),
});

export type ArticleFingerprint = z.infer<typeof articleFingerprintSchema>;

/** The stored fingerprint; throws, naming the problem, if the file is not a valid one. */
export function readArticleFingerprint(): ArticleFingerprint {
  return articleFingerprintSchema.parse(JSON.parse(readFileSync(FINGERPRINT_PATH, 'utf8')));
}
