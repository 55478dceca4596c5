import { expect, test, type Page } from '@playwright/test';

import { loadBank } from '@/lib/bank/load-bank';
import { DECODER_COPY } from '@/lib/codecs/decoder-copy';
import { encodeShareCode } from '@/lib/codecs/share-code';
import { loadSiteWords } from '@/lib/i18n/load-site-words';
import { localePath } from '@/lib/i18n/locale-path';
import type { Locale } from '@/lib/i18n/locales';
import { extractTexts } from '@/lib/i18n/text-paths';
import { englishIn } from '@/tests/support/english-sentences';

// A link a page cannot read is explained in the page's language: the decoders are handed the
// page's words, never the English ones.

const bank = loadBank();
const code = encodeShareCode(bank, { form: 'full', answers: {} });
const cutShort = code.split('.').slice(0, 3).join('.');
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
  });
}
