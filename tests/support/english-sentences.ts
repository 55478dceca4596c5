import { CURRENT_BANK_VERSION, loadBankVersion } from '@/lib/bank/load-bank';
import { loadCurrentBank } from '@/lib/i18n/load-translated-bank';
import { loadTranslatedGuide, loadTranslatedPairing } from '@/lib/i18n/load-translated-guides';
import { loadSiteWords } from '@/lib/i18n/load-site-words';
import { SOURCE_LOCALE, type Locale } from '@/lib/i18n/locales';

import { changedEnglishTexts } from './changed-english-texts';

const found = new Map<Locale, readonly string[]>();

/**
 * Every English sentence (a piece of more than 25 characters between placeholders) that the
 * language has its own words for: the site's copy, the bank, the role guide and the pairing
 * content. One of them on a page in that language is a string the page forgot to translate.
 */
export function englishSentences(locale: Locale): readonly string[] {
  if (locale === SOURCE_LOCALE) return [];
  let sentences = found.get(locale);
  if (!sentences) {
    const englishBank = loadBankVersion(CURRENT_BANK_VERSION);
    const bank = loadCurrentBank(locale);
    sentences = [
      ...new Set([
        ...changedEnglishTexts(loadSiteWords(SOURCE_LOCALE), loadSiteWords(locale)),
        ...changedEnglishTexts(englishBank, bank),
        ...changedEnglishTexts(loadTranslatedGuide(SOURCE_LOCALE), loadTranslatedGuide(locale)),
        ...(englishBank
          ? changedEnglishTexts(
              loadTranslatedPairing(englishBank, SOURCE_LOCALE),
              loadTranslatedPairing(bank, locale),
            )
          : []),
      ]),
    ];
    found.set(locale, sentences);
  }
  return sentences;
}

/** The English sentences of `englishSentences(locale)` that `text` contains. */
export function englishIn(text: string, locale: Locale): string[] {
  const flat = text.replace(/\s+/g, ' ');
  return englishSentences(locale).filter((sentence) => flat.includes(sentence));
}
