/**
 * `npx tsx scripts/own-words/fingerprint-article.ts`: rewrites the source article's fingerprint
 * (tests/questions/article-fingerprint.json) from ../shared/source/cto-vs-cpo-article.md. Run it
 * when the article changes; the own-words test says so when the two disagree.
 */
import { readFileSync, writeFileSync } from 'node:fs';

import { ARTICLE_PATH, FINGERPRINT_PATH, type ArticleFingerprint } from './article-fingerprint';
import { fingerprintText, RUN_LENGTH } from './word-runs';

const fingerprint: ArticleFingerprint = {
  source: 'shared/source/cto-vs-cpo-article.md',
  runLength: RUN_LENGTH,
  hash: 'sha256, first 12 hex digits, of each run of words joined by spaces',
  runs: fingerprintText(readFileSync(ARTICLE_PATH, 'utf8')),
};
writeFileSync(FINGERPRINT_PATH, `${JSON.stringify(fingerprint, null, 2)}\n`);
console.log(`${fingerprint.runs.length} run fingerprints written to ${FINGERPRINT_PATH}`);
