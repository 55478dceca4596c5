import type { Metadata } from 'next';

import { PageWordsProvider } from '@/app/_shared/page-words';
import { loadSiteWords, pickWords } from '@/lib/i18n/load-site-words';
import { loadCurrentBank } from '@/lib/i18n/load-translated-bank';
import { loadTranslatedPairing } from '@/lib/i18n/load-translated-guides';
import type { Locale } from '@/lib/i18n/locales';

import { CompareView } from './compare-view';

/** The comparison page's title and description in a language. */
export function compareMetadata(locale: Locale): Metadata {
  return loadSiteWords(locale).compare.metadata;
}

/** The comparison page in a language. */
export function ComparePage({ locale }: { locale: Locale }) {
  const bank = loadCurrentBank(locale);
  const words = pickWords(loadSiteWords(locale), [
    'common',
    'compare',
    'history',
    'result',
    'scoring',
    'versions',
  ]);
  return (
    <PageWordsProvider words={words}>
      <CompareView bank={bank} content={loadTranslatedPairing(bank, locale)} />
    </PageWordsProvider>
  );
}
