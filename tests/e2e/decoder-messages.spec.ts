import { expect, test, type Page } from '@playwright/test';

import { loadBank } from '@/lib/bank/load-bank';
import { DECODER_COPY } from '@/lib/codecs/decoder-copy';
import { encodeShareCode } from '@/lib/codecs/share-code';
import { fillTemplate } from '@/lib/copy/fill-template';
import { encodeStoredEntry } from '@/lib/history/history-entry';
import { loadSiteWords } from '@/lib/i18n/load-site-words';
import { localePath } from '@/lib/i18n/locale-path';
import type { Locale } from '@/lib/i18n/locales';
import { extractTexts } from '@/lib/i18n/text-paths';
import { englishIn } from '@/tests/support/english-sentences';

import {
  HISTORY_PREFIX,
  historyEntry,
  seedStorage,
  storedItems,
  variedAnswers,
} from './support/history';

// A link a page cannot read is explained in the page's language: the decoders are handed the
// page's words, never the English ones.

const bank = loadBank();
const code = encodeShareCode(bank, { form: 'full', answers: {} });
const cutShort = code.split('.').slice(0, 3).join('.');
const kept = historyEntry(variedAnswers(0), '2026-06-02T08:15:00.000Z');
const keptFields = JSON.parse(encodeStoredEntry(kept)) as Record<string, unknown>;
/** Stored entries damaged in three ways: another format, a wrong field, an unknown question. */
const damagedEntries = {
  [`${HISTORY_PREFIX}other-format`]: JSON.stringify({ ...keptFields, format: 7 }),
  [`${HISTORY_PREFIX}wrong-form`]: JSON.stringify({ ...keptFields, form: 'medium' }),
  [`${HISTORY_PREFIX}unknown-question`]: JSON.stringify({
    ...keptFields,
    answers: { 'gone-01': 3 },
  }),
};
const ENGLISH_DECODER_TEXTS = new Set(Object.values(extractTexts(DECODER_COPY)));

/** The page's visible text, once its client code has read the link. */
async function settledText(page: Page): Promise<string> {
  await page.waitForLoadState('networkidle');
  await expect(page.locator('h1')).toBeVisible();
  return page.locator('body').innerText();
}

/** The decoder sentences still in English on the page: none may be. */
function englishDecoderSentences(text: string, locale: Locale): string[] {
  return englishIn(text, locale).filter((sentence) =>
    [...ENGLISH_DECODER_TEXTS].some((english) => english.includes(sentence)),
  );
}

for (const locale of ['es', 'de'] as const) {
  const words = loadSiteWords(locale).decoders;
  const cases = [
    { path: '/results#garbage', message: words.shareCode.malformed },
    { path: '/compare#garbage', message: words.compareCode.malformed },
    { path: '/team#garbage', message: words.teamCode.malformed },
    { path: `/results#${cutShort}`, message: words.shareCode.truncated },
  ];

  test.describe(`in ${locale}`, () => {
    for (const { path, message } of cases) {
      test(`${path.split('#')[0]} explains the link ${path.split('#')[1]?.slice(0, 8)}… in ${locale}`, async ({
        page,
      }) => {
        await page.goto(localePath(locale, path));
        await expect(page.getByText(message).first()).toBeVisible();
        expect(englishDecoderSentences(await settledText(page), locale)).toEqual([]);
      });
    }

    test(`/history says why each damaged stored entry cannot be read, in ${locale}`, async ({
      page,
    }) => {
      await seedStorage(page, { ...storedItems([kept]), ...damagedEntries });
      await page.goto(localePath(locale, '/history'));
      const unreadable = page.getByTestId('unreadable-entry');
      await expect(unreadable).toHaveCount(3);
      await expect(unreadable.filter({ hasText: 'other-format' })).toContainText(
        fillTemplate(words.storedEntry.otherFormat, { format: 7, current: 1 }),
      );
      await expect(unreadable.filter({ hasText: 'wrong-form' })).toContainText(
        `form: ${words.historyEntry.fields.form}`,
      );
      await expect(unreadable.filter({ hasText: 'unknown-question' })).toContainText(
        `answers: ${fillTemplate(words.answerProblem, { question: 'gone-01', problem: words.answerChecks.notInBank })}`,
      );
      expect(englishDecoderSentences(await settledText(page), locale)).toEqual([]);
    });
  });
}
