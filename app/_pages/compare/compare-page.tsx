import type { Metadata } from 'next';

import { PageWordsFor } from '@/app/_shared/page-words-for';
import { loadSiteWords } from '@/lib/i18n/load-site-words';
import { loadCurrentBank } from '@/lib/i18n/load-translated-bank';
import { loadTranslatedPairing } from '@/lib/i18n/load-translated-guides';
import type { Locale } from '@/lib/i18n/locales';

import { CompareView } from './compare-view';

/** The comparison page's title and description in a language. */
export function compareMetadata(locale: Locale): Metadata {
  return loadSiteWords(locale).compare.metadata;
}

/** The words the comparison reads; `history` for the earlier-version note's "take it again". */
const COMPARE_WORDS = [
  'common',
  'compare',
  'history',
  'result',
  'scoring',
  'versions',
  'decoders',
] as const;

/** The comparison page in a language. */
export function ComparePage({ locale }: { locale: Locale }) {
  const bank = loadCurrentBank(locale);
  return (
    <PageWordsFor locale={locale} names={COMPARE_WORDS}>
      <CompareView bank={bank} content={loadTranslatedPairing(bank, locale)} />
    </PageWordsFor>
  );
}
