import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import fc from 'fast-check';

import { loadBankVersion, RELEASED_BANK_VERSIONS } from '@/lib/bank/load-bank';
import { loadTranslatedBank } from '@/lib/i18n/load-translated-bank';
import { LOCALES, SOURCE_LOCALE } from '@/lib/i18n/locales';
import { QUESTIONS_DIR, readTranslation } from '@/lib/i18n/read-translation';
import { applyTexts, extractTexts } from '@/lib/i18n/text-paths';
import { describeTranslationGaps } from '@/lib/i18n/translation-gaps';
import { scoreAnswers } from '@/lib/scoring';
import { answerSet } from '@/tests/fixtures/answer-arbitraries';
import { SCORING_COPY } from '@/lib/scoring/scoring-copy';

// Every English content file with words in it must be translated, whole, into every language
// (decision 027); a gap fails here naming the file, the text and the language.

/** Every content file under questions/ that has texts, by its path there; translations aside. */
function contentFiles(): string[] {
  return readdirSync(QUESTIONS_DIR, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => relative(QUESTIONS_DIR, join(entry.parentPath, entry.name)))
    .filter((path) => !path.startsWith('i18n/'))
    .filter((path) => Object.keys(extractTexts(readJson(path))).length > 0)
    .sort();
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(join(QUESTIONS_DIR, path), 'utf8'));
}

const files = contentFiles();
const translations = LOCALES.filter((locale) => locale !== SOURCE_LOCALE);

describe('the content to translate', () => {
  it('is every file with words, the question bank and the copy alike', () => {
    expect(files).toContain('versions/2/items.json');
    expect(files).toContain('report-copy/result.json');
    expect(files).not.toContain('versions/2/order.json');
  });

  it.each(files)('%s names each text by a path of its own', (path) => {
    const english = readJson(path);
    expect(applyTexts(english, extractTexts(english))).toEqual(english);
  });
});

describe.each(translations)('the %s translation', (locale) => {
  it('has every text of every content file, none empty, none extra, placeholders kept', () => {
    const problems = files.flatMap((path) => {
      const file = `questions/i18n/${locale}/${path}`;
      if (!existsSync(join(QUESTIONS_DIR, 'i18n', locale, path))) {
        return [`${file} is missing (${locale})`];
      }
      return describeTranslationGaps(readJson(path), readTranslation(locale, path), {
        file,
        locale,
      });
    });
    expect(problems).toEqual([]);
  });

  it('leaves no sentence in English: no text of four words or more the same as the English', () => {
    const words = (text: string) =>
      text
        .replace(/\{\w+\}/g, '')
        .split(/\s+/)
        .filter((word) => /\p{L}{2,}/u.test(word)).length;
    const untranslated = files.flatMap((path) => {
      const english = extractTexts(readJson(path));
      const translation = readTranslation(locale, path);
      return Object.entries(english)
        .filter(([key, text]) => translation[key] === text && words(text) >= 4)
        .map(([key]) => `questions/i18n/${locale}/${path}: ${key} (${locale}) is still English`);
    });
    expect(untranslated).toEqual([]);
  });

  it('has its notes: the forward and back translation and what was revised', () => {
    const notes = readFileSync(join(QUESTIONS_DIR, 'i18n', `${locale}.notes.md`), 'utf8');
    expect(notes).toMatch(/back/i);
    expect(notes).toMatch(/revis/i);
  });

  it.each(RELEASED_BANK_VERSIONS)(
    'gives bank version %i the same questions, options and scoring',
    (version) => {
      const english = loadBankVersion(version)!;
      const translated = loadTranslatedBank(version, locale)!;
      // Every text blanked, the two banks are one: ids, options, keys, weights and order.
      const blank = (bank: unknown) =>
        applyTexts(bank, Object.fromEntries(Object.keys(extractTexts(bank)).map((p) => [p, ''])));
      expect(blank(translated)).toEqual(blank(english));
      expect(translated.questions[0]!.text).not.toBe(english.questions[0]!.text);
    },
  );

  it('scores any answers to the same figures as in English', () => {
    const english = loadBankVersion(2)!;
    const translated = loadTranslatedBank(2, locale)!;
    const figures = (profile: ReturnType<typeof scoreAnswers>) => ({
      fit: profile.fit,
      competencies: profile.competencies.map((c) => [c.id, c.score, c.answered]),
      tensions: profile.tensions.map((t) => [t.id, t.position]),
      archetypes: profile.archetypeRanking.map((a) => [a.id, a.similarity]),
    });
    fc.assert(
      fc.property(
        answerSet(english),
        fc.constantFrom('short' as const, 'full' as const),
        (answers, form) => {
          expect(figures(scoreAnswers(translated, answers, SCORING_COPY, { form }))).toEqual(
            figures(scoreAnswers(english, answers, SCORING_COPY, { form })),
          );
        },
      ),
      { numRuns: 50 },
    );
  });
});
