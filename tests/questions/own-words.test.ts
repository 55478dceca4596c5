import { existsSync, readFileSync } from 'node:fs';

import fc from 'fast-check';

import { RELEASED_BANK_VERSIONS, readBankContent } from '@/lib/bank/load-bank';
import pairing from '@/questions/pairing.json' with { type: 'json' };
import roleGuide from '@/questions/role-guide.json' with { type: 'json' };
import { ARTICLE_PATH, readArticleFingerprint } from '@/scripts/own-words/article-fingerprint';
import {
  findCopiedRuns,
  fingerprintText,
  RUN_LENGTH,
  wordRuns,
} from '@/scripts/own-words/word-runs';

/** Every string anywhere inside a value, except `source` fields, which cite the article on purpose. */
function contentStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(contentStrings);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) => (key === 'source' ? [] : contentStrings(v)));
  }
  return [];
}

const stored = readArticleFingerprint();

describe('content written in our own words', () => {
  it(`repeats no run of ${RUN_LENGTH} words from the source article`, () => {
    const copied = findCopiedRuns(
      contentStrings([...RELEASED_BANK_VERSIONS.map(readBankContent), roleGuide, pairing]),
      new Set(stored.runs),
    );
    expect(copied.map(({ run, text }) => `"${run}" in: ${text}`)).toEqual([]);
  });

  it.skipIf(!existsSync(ARTICLE_PATH))(
    'checks against the article as it is now (where the article is at hand)',
    () => {
      expect(
        fingerprintText(readFileSync(ARTICLE_PATH, 'utf8')),
        'the article changed: run `npx tsx scripts/own-words/fingerprint-article.ts`',
      ).toEqual(stored.runs);
      expect(stored.runLength).toBe(RUN_LENGTH);
    },
  );
});

describe('the copied-words check', () => {
  const source = 'A leader owns the roadmap, ships on time and hires a strong team.';

  it('finds a run taken from the source, whatever its case and punctuation', () => {
    const fingerprints = new Set(fingerprintText(source));
    const copied = findCopiedRuns(
      ['Our own words here. Ships ON TIME, and hires a strong crew.'],
      fingerprints,
    );
    expect(copied.map((c) => c.run)).toEqual([
      'ships on time and hires',
      'on time and hires a',
      'time and hires a strong',
    ]);
  });

  it('passes text that shares words but no run of them', () => {
    const fingerprints = new Set(fingerprintText(source));
    expect(
      findCopiedRuns(['The team ships; a leader hires; the roadmap is owned.'], fingerprints),
    ).toEqual([]);
  });

  it('finds every run of any text in that text’s own fingerprint', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', 'c', 'team', 'ship'), { maxLength: 40 }),
        (list) => {
          const text = list.join(' ');
          const copied = findCopiedRuns([text], new Set(fingerprintText(text)));
          expect(copied.map((c) => c.run)).toEqual(wordRuns(text));
        },
      ),
    );
  });
});
