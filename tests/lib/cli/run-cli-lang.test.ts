import { readFileSync } from 'node:fs';

import { fillTemplate } from '@/lib/copy/fill-template';
import { loadTranslatedBank } from '@/lib/i18n/load-translated-bank';
import { loadTranslatedCopy } from '@/lib/i18n/load-translated-copy';
import { changedEnglishTexts } from '@/tests/support/changed-english-texts';
import { ENGLISH_WORDS } from '@/tests/support/english-words';
import { readPdf } from '@/tests/support/read-pdf';

import { runInMemory } from './run-in-memory';

const person = JSON.parse(readFileSync('tests/fixtures/people/enterprise-cto.json', 'utf8')) as {
  answers: Record<string, unknown>;
};
const files = { 'answers.json': JSON.stringify({ answers: person.answers }) };

/** The report of the answers file in `format` and `lang`: its text, read back for a PDF. */
async function report(format: 'md' | 'csv' | 'json' | 'pdf', lang: string): Promise<string> {
  const out = format === 'pdf' ? ['--out', 'r.pdf'] : [];
  const run = await runInMemory(
    ['report', 'answers.json', '--format', format, '--lang', lang, ...out],
    files,
  );
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const pdf = run.written['r.pdf'];
  if (format !== 'pdf') return run.stdout;
  if (!(pdf instanceof Uint8Array)) throw new Error('no PDF written');
  return (await readPdf(pdf)).text.replace(/\s+/g, ' ');
}

/**
 * Every run of digits: the figures a report states. A PDF's page footers ("Página 2 de 6") are
 * left out, since a longer language may take another page.
 */
const figures = (text: string) =>
  text.replace(/Role Fit · [\d-]+ \S+ \d+ \S+ \d+/g, '').match(/\d+/g) ?? [];

describe.each(['es', 'de'] as const)('cli report --lang %s', (lang) => {
  const words = loadTranslatedCopy(lang);
  const bank = loadTranslatedBank(1, lang) ?? loadTranslatedBank(2, lang);
  const english = [
    ...changedEnglishTexts(ENGLISH_WORDS.common, words.common),
    ...changedEnglishTexts(ENGLISH_WORDS.result, words.result),
    ...changedEnglishTexts(ENGLISH_WORDS.scoring, words.scoring),
    ...changedEnglishTexts(ENGLISH_WORDS.versions, words.versions),
  ];

  it('has English sentences to look for, or the check below would prove nothing', () => {
    expect(english.length).toBeGreaterThan(100);
  });

  it.each(['md', 'csv', 'pdf'] as const)(
    'writes %s in the language: its fit words and competency names, no English sentence',
    async (format) => {
      const text = await report(format, lang);
      const plain = format === 'pdf' ? text : text.replace(/\s+/g, ' ');
      expect(plain).toContain(words.common.fitLevels.strong.label);
      for (const competency of bank?.competencies ?? []) expect(plain).toContain(competency.name);
      expect(english.filter((sentence) => plain.includes(sentence))).toEqual([]);
    },
  );

  it("names each fit in the language on the PDF's chart", async () => {
    const pdf = await report('pdf', lang);
    for (const role of ['cto', 'cpo'] as const) {
      const label = fillTemplate(words.common.roleFit, { role: words.common.roles[role] });
      // A long label wraps beside its bar, so its words come in order with the bar's between.
      const inOrder = label.split(' ').map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      expect(pdf).toMatch(new RegExp(inOrder.join('.*?')));
    }
  });

  it('numbers its PDF pages in the language, never in English', async () => {
    const pdf = await report('pdf', lang);
    expect(pdf).toContain(
      fillTemplate(words.common.exports.pageNumber, { page: 1, pages: '' }).trim(),
    );
    expect(pdf).not.toMatch(/Page \d+ of \d+/);
  });

  it('puts the verdict headline of the language at the top of the Markdown', async () => {
    const markdown = await report('md', lang);
    const headline = JSON.parse(await report('json', lang)) as {
      profile: { verdict: { headline: string } };
    };
    expect(Object.values(words.scoring.verdict.headlines)).toContain(
      headline.profile.verdict.headline,
    );
    expect(markdown).toContain(`## ${headline.profile.verdict.headline}`);
  });

  it.each(['md', 'csv', 'pdf'] as const)(
    'states the same figures in %s as in English',
    async (format) => {
      const [translated, inEnglish] = await Promise.all([
        report(format, lang),
        report(format, 'en'),
      ]);
      expect(figures(translated).sort()).toEqual(figures(inEnglish).sort());
    },
  );
});

describe('cli --lang', () => {
  it('refuses a language it does not have, naming the ones it has', async () => {
    const run = await runInMemory(
      ['report', 'answers.json', '--format', 'md', '--lang', 'fr'],
      files,
    );
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe('--lang needs en, es or de, got "fr"');
  });

  it('prints the bank in a language, with the same ids as in English', async () => {
    const [es, en] = await Promise.all([
      runInMemory(['bank', '--lang', 'es']),
      runInMemory(['bank']),
    ]);
    expect(es.code).toBe(0);
    const spanish = JSON.parse(es.stdout) as { competencies: { id: string; name: string }[] };
    const englishBank = JSON.parse(en.stdout) as typeof spanish;
    expect(spanish.competencies.map((c) => c.id)).toEqual(
      englishBank.competencies.map((c) => c.id),
    );
    expect(spanish.competencies.map((c) => c.name)).not.toEqual(
      englishBank.competencies.map((c) => c.name),
    );
  });
});
