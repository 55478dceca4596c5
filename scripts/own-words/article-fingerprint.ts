import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

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

/** The fingerprints of every run of words in the source article, and how they were made. */
export interface ArticleFingerprint {
  readonly source: string;
  readonly runLength: number;
  readonly hash: string;
  readonly runs: readonly string[];
}

/** The stored fingerprint. */
export function readArticleFingerprint(): ArticleFingerprint {
  return JSON.parse(readFileSync(FINGERPRINT_PATH, 'utf8')) as ArticleFingerprint;
}
