import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import pairing from '@/questions/pairing.json' with { type: 'json' };
import roleGuide from '@/questions/role-guide.json' with { type: 'json' };
import { readBankContent } from '@/lib/bank/load-bank';

const ARTICLE = resolve(__dirname, '../../../shared/source/cto-vs-cpo-article.md');
const RUN = 5;

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’']/g, '')
    .match(/[a-z0-9]+/g) ?? [];

/** Every string anywhere inside a value, except `source` fields, which cite the article on purpose. */
function contentStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(contentStrings);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) => (key === 'source' ? [] : contentStrings(v)));
  }
  return [];
}

describe.skipIf(!existsSync(ARTICLE))('content written in our own words', () => {
  it(`repeats no run of ${RUN} words from the source article`, () => {
    const article = words(readFileSync(ARTICLE, 'utf8'));
    const articleRuns = new Set(article.map((_, i) => article.slice(i, i + RUN).join(' ')));
    const copied = contentStrings([readBankContent(), roleGuide, pairing]).flatMap((text) => {
      const w = words(text);
      return w.flatMap((_, i) => {
        const run = w.slice(i, i + RUN);
        return run.length === RUN && articleRuns.has(run.join(' '))
          ? [`"${run.join(' ')}" in: ${text}`]
          : [];
      });
    });
    expect(copied).toEqual([]);
  });
});
