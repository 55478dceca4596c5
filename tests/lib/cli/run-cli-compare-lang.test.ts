import { loadBank } from '@/lib/bank/load-bank';
import { loadCurrentBank } from '@/lib/i18n/load-translated-bank';
import { loadSiteWords } from '@/lib/i18n/load-site-words';
import { fixedPair } from '@/tests/lib/export/fixed-pair';
import { v1AnswerSet } from '@/tests/lib/export/earlier-result';
import { englishIn, englishSentences } from '@/tests/support/english-sentences';
import { readPdf } from '@/tests/support/read-pdf';

import { runInMemory } from './run-in-memory';

const [alex, sam] = fixedPair(loadBank());
const maya = v1AnswerSet('product-lead-short');
const files = {
  'alex.json': JSON.stringify({ answers: alex.answers }),
  'sam.json': JSON.stringify({ answers: sam.answers }),
  // A short form of bank version 1: an earlier-version note and a caution in the comparison.
  'maya.json': JSON.stringify({ ...maya, bank: { id: 'role-fit', version: 1 } }),
};

/** The comparison of two files in `format` and `lang`: its text, read back for a PDF. */
async function compare(
  format: 'md' | 'pdf',
  lang: string,
  people = ['alex.json', 'sam.json'],
  more: string[] = [],
): Promise<string> {
  const out = format === 'pdf' ? ['--out', 'pair.pdf'] : [];
  const run = await runInMemory(
    ['compare', ...people, '--format', format, '--lang', lang, ...out, ...more],
    files,
  );
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  if (format === 'md') return run.stdout;
  const pdf = run.written['pair.pdf'];
  if (!(pdf instanceof Uint8Array)) throw new Error('no PDF written');
  return (await readPdf(pdf)).text;
}

/**
 * Every run of digits: the figures a comparison states. A PDF's page footers ("Página 2 de 6")
 * are left out, since a longer language may take another page.
 */
const figures = (text: string) =>
  text.replace(/Role Fit · [\d-]+ \S+ \d+ \S+ \d+/g, '').match(/\d+/g) ?? [];

describe.each(['es', 'de'] as const)('cli compare --lang %s', (lang) => {
  const words = loadSiteWords(lang).compare;
  const bank = loadCurrentBank(lang);

  it('has English sentences to look for, or the check below would prove nothing', () => {
    expect(englishSentences(lang).length).toBeGreaterThan(500);
  });

  it.each(['md', 'pdf'] as const)(
    'writes %s in the language: its headings, tension names, no English sentence',
    async (format) => {
      const text = (await compare(format, lang)).replace(/\s+/g, ' ');
      expect(text).toContain(words.fits.heading);
      expect(text).toContain(words.kinds.clash.label);
      for (const tension of bank.tensions) expect(text).toContain(tension.name);
      expect(englishIn(text, lang)).toEqual([]);
    },
  );

  it('calls people without a name by the words of the language', async () => {
    const markdown = await compare('md', lang);
    expect(markdown).toContain(`| ${words.defaultNames.a} | ${words.defaultNames.b} |`);
  });

  it('keeps the names given, whatever the language', async () => {
    const markdown = await compare('md', lang, undefined, ['--names', 'Alex,Sam']);
    expect(markdown).toContain('| Alex | Sam |');
  });

  it('says in the language that a result of an earlier version is read with its own', async () => {
    const text = (await compare('md', lang, ['maya.json', 'sam.json'])).replace(/\s+/g, ' ');
    expect(englishIn(text, lang)).toEqual([]);
    expect(text).not.toContain('earlier version');
  });

  it.each([
    ['md', ['alex.json', 'sam.json']],
    ['pdf', ['alex.json', 'sam.json']],
    ['md', ['maya.json', 'sam.json']],
  ] as const)('states the same figures in %s as in English (%j)', async (format, people) => {
    const [translated, inEnglish] = await Promise.all([
      compare(format, lang, [...people]),
      compare(format, 'en', [...people]),
    ]);
    expect(figures(translated).sort()).toEqual(figures(inEnglish).sort());
  });
});

describe('cli compare --lang', () => {
  it('refuses a language it does not have, naming the ones it has', async () => {
    const run = await runInMemory(
      ['compare', 'alex.json', 'sam.json', '--format', 'md', '--lang', 'fr'],
      files,
    );
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe('--lang needs en, es or de, got "fr"');
  });

  it('is English without --lang, as before', async () => {
    const run = await runInMemory(['compare', 'alex.json', 'sam.json', '--format', 'md'], files);
    expect(run.stdout).toBe(await compare('md', 'en'));
  });
});
