import { fillTemplate } from '@/lib/report/copy/fill-template';
import { fixedTeam } from '@/tests/lib/team/fixed-team';
import { teamWordsIn } from '@/tests/lib/team/team-words';
import { englishIn } from '@/tests/support/english-sentences';
import { readPdf } from '@/tests/support/read-pdf';

import { runInMemory } from './run-in-memory';

const FILES = ['dan.json', 'cleo.json', 'gus.json', 'emma.json', 'sid.json'];
const files: Record<string, string> = Object.fromEntries(
  fixedTeam.map((p, i) => [FILES[i], JSON.stringify({ form: p.form, answers: p.answers })]),
);

/** The team map of all five in `format` and `lang`, two of them unnamed: its text, read back for a PDF. */
async function team(format: 'md' | 'pdf' | 'json', lang: string): Promise<string> {
  const out = format === 'pdf' ? ['--out', 't.pdf'] : [];
  const run = await runInMemory(
    ['team', ...FILES, '--format', format, '--names', 'Dan,Cleo,Gus', '--lang', lang, ...out],
    files,
  );
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  if (format !== 'pdf') return run.stdout;
  const pdf = run.written['t.pdf'];
  if (!(pdf instanceof Uint8Array)) throw new Error('no PDF written');
  return (await readPdf(pdf)).text.replace(/\s+/g, ' ');
}

/**
 * Every run of digits: the figures a team map states. A PDF's page footers ("Seite 2 von 6") are
 * left out, since a longer language may take another page.
 */
const figures = (text: string) =>
  text.replace(/Role Fit · [\d-]+ \S+ \d+ \S+ \d+/g, '').match(/\d+/g) ?? [];

describe.each(['es', 'de'] as const)('cli team --lang %s', (lang) => {
  const words = teamWordsIn(lang);

  it.each(['md', 'pdf'] as const)(
    'writes %s in the language: its headings and numbered members, no English sentence',
    async (format) => {
      const text = (await team(format, lang)).replace(/\s+/g, ' ');
      expect(text).toContain(words.team.grid.heading);
      expect(text).toContain(words.team.seats.heading);
      expect(text).toContain(fillTemplate(words.team.defaultName, { number: 4 }));
      expect(englishIn(text, lang)).toEqual([]);
    },
  );

  it.each(['md', 'pdf'] as const)('states the same figures in %s as in English', async (format) => {
    const [translated, inEnglish] = await Promise.all([team(format, lang), team(format, 'en')]);
    expect(figures(translated).sort()).toEqual(figures(inEnglish).sort());
  });

  it('gives the same JSON as in English but for the names it makes up for unnamed members', async () => {
    const [translated, inEnglish] = await Promise.all([team('json', lang), team('json', 'en')]);
    const unnamed = (text: string, name: string) =>
      text
        .replaceAll(fillTemplate(name, { number: 4 }), 'M4')
        .replaceAll(fillTemplate(name, { number: 5 }), 'M5');
    expect(unnamed(translated, words.team.defaultName)).toBe(
      unnamed(inEnglish, teamWordsIn('en').team.defaultName),
    );
  });
});

describe('cli team --lang', () => {
  it('refuses a language it does not have, naming the ones it has', async () => {
    const run = await runInMemory(
      ['team', ...FILES.slice(0, 3), '--format', 'md', '--lang', 'fr'],
      files,
    );
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe('--lang needs en, es or de, got "fr"');
  });
});
