import type { Metadata } from 'next';

import { PageWordsFor } from '@/app/_shared/page-words-for';
import { loadSiteWords } from '@/lib/i18n/load-site-words';
import { loadCurrentBank } from '@/lib/i18n/load-translated-bank';
import type { Locale } from '@/lib/i18n/locales';

import { ResultsView } from './results-view';

/** The results page's title and description in a language. */
export function resultsMetadata(locale: Locale): Metadata {
  const { result } = loadSiteWords(locale);
  return { title: result.header.title, description: result.page.description };
}

/** The words the results page reads; `quiz` for the answer review's step titles. */
const RESULTS_WORDS = [
  'common',
  'result',
  'scoring',
  'versions',
  'history',
  'changeAnswers',
  'quiz',
  'decoders',
] as const;

/** The results page in a language. */
export function ResultsPage({ locale }: { locale: Locale }) {
  return (
    <PageWordsFor locale={locale} names={RESULTS_WORDS}>
      <ResultsView bank={loadCurrentBank(locale)} />
    </PageWordsFor>
  );
}
