import type { Metadata } from 'next';

import { PageWordsProvider } from '@/app/_shared/page-words';
import { loadSiteWords, pickWords } from '@/lib/i18n/load-site-words';
import { loadCurrentBank } from '@/lib/i18n/load-translated-bank';
import type { Locale } from '@/lib/i18n/locales';

import { ResultsView } from './results-view';

/** The results page's title and description in a language. */
export function resultsMetadata(locale: Locale): Metadata {
  const { result } = loadSiteWords(locale);
  return { title: result.header.title, description: result.page.description };
}

/** The results page in a language. */
export function ResultsPage({ locale }: { locale: Locale }) {
  const words = pickWords(loadSiteWords(locale), [
    'common',
    'result',
    'scoring',
    'versions',
    'history',
    'changeAnswers',
    // The answer review titles its groups as the quiz titles its steps.
    'quiz',
    'decoders',
  ]);
  return (
    <PageWordsProvider words={words}>
      <ResultsView bank={loadCurrentBank(locale)} />
    </PageWordsProvider>
  );
}
