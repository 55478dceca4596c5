import { ENGLISH_PDF_WORDS } from '@/tests/support/english-words';
import fc from 'fast-check';

import type { Answers, Form } from '@/lib/answers/schema';
import { loadBank } from '@/lib/bank/load-bank';
import { buildSummary, renderJson } from '@/lib/export';
import { renderPdf, sanitisePdfText } from '@/lib/export/render-pdf';
import { loadTranslatedBank } from '@/lib/i18n/load-translated-bank';
import { loadTranslatedCopy } from '@/lib/i18n/load-translated-copy';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { answerSet, anyForm } from '@/tests/fixtures/answer-arbitraries';
import { readPdf } from '@/tests/support/read-pdf';

const english = loadBank();

/** The summary of an answer set in a language, with that language's bank and words. */
function summarise(locale: Locale, answers: Answers, form: Form) {
  const bank = loadTranslatedBank(english.version, locale);
  if (!bank) throw new Error(`no ${locale} bank of version ${english.version}`);
  return buildSummary(loadTranslatedCopy(locale), bank, answers, form, { date: '2026-11-28' });
}

/** Every number of a JSON document with where it is, e.g. `profile.fit.cto=72`. */
function numbersIn(value: unknown, path = ''): string[] {
  if (typeof value === 'number') return [`${path}=${value}`];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => numbersIn(inner, `${path}.${key}`));
}

describe('a report in another language', () => {
  it('has the same figures in its JSON export in every language, for any answers', () => {
    fc.assert(
      fc.property(answerSet(english), anyForm, (answers, form) => {
        const [first, ...others] = LOCALES.map((locale) =>
          numbersIn(JSON.parse(renderJson(summarise(locale, answers, form), answers))),
        );
        for (const other of others) expect(other).toEqual(first);
      }),
      { numRuns: 30 },
    );
  });

  it('keeps the accents and quotation marks of Spanish and German in a PDF', async () => {
    const text = 'á é í ó ú ñ ü ö ä ß ¿ ¡ „ “ – Á É Ñ Ü Ö Ä';
    expect(sanitisePdfText(text)).toBe(text);
    const summary = summarise('de', {}, 'full');
    const pdf = renderPdf(
      { ...summary, title: text },
      { pageSize: 'a4', words: ENGLISH_PDF_WORDS },
    );
    expect((await readPdf(pdf)).text).toContain(text);
  });

  it.each(['es', 'de'] as const)(
    'has no character in its %s words that the PDF font would show as "?", more than English has',
    async (locale) => {
      const summary = summarise(locale, {}, 'full');
      const lost = (texts: string[]) =>
        [...new Set(texts.join(''))].filter((c) => c !== '?' && sanitisePdfText(c) === '?');
      // English has its own (the arrows of the tension scale's ends, which no PDF draws).
      const inEnglish = lost(textsIn(summarise('en', {}, 'full')));
      expect(lost(textsIn(summary)).filter((c) => !inEnglish.includes(c))).toEqual([]);
      const back = await readPdf(renderPdf(summary, { pageSize: 'a4', words: ENGLISH_PDF_WORDS }));
      expect(back.text.replace(/\s+/g, ' ')).toContain(summary.verdict.headline);
    },
  );
});

/** Every string of a value, however deep. */
function textsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(textsIn);
}
