import { CURRENT_BANK_VERSION, loadBankVersion } from '@/lib/bank/load-bank';
import { parseBank } from '@/lib/bank/parse-bank';
import type { QuestionBank } from '@/lib/bank/schema';
import { assembleBank, translateBankFiles } from '@/lib/bank/versions/bank-files';
import { RELEASED_BANK_FILES } from '@/lib/bank/versions/released';

import { SOURCE_LOCALE, type Locale } from './locales';
import { translateContent } from './read-translation';

const loaded = new Map<string, QuestionBank>();

/**
 * A released bank version in a language, validated once; null for a version never released.
 * Only the words differ between languages: ids, options, keys and scoring are the English
 * bank's, so an answer scores the same in every language (decision 027). English is the bank
 * `loadBankVersion` already holds; other languages read their translations from disk: for the
 * command line, the build and tests.
 */
export function loadTranslatedBank(version: number, locale: Locale): QuestionBank | null {
  if (locale === SOURCE_LOCALE) return loadBankVersion(version);
  const files = RELEASED_BANK_FILES[version];
  if (files === undefined) return null;
  const key = `${version}:${locale}`;
  let bank = loaded.get(key);
  if (!bank) {
    const translated = translateBankFiles(files, (path, content) =>
      translateContent(locale, path, content),
    );
    bank = parseBank(assembleBank(translated));
    loaded.set(key, bank);
  }
  return bank;
}

/** The bank new quizzes are taken with, in a language: what every page is built from. */
export function loadCurrentBank(locale: Locale): QuestionBank {
  const bank = loadTranslatedBank(CURRENT_BANK_VERSION, locale);
  if (!bank) throw new Error(`Bank version ${CURRENT_BANK_VERSION} is not released.`);
  return bank;
}
