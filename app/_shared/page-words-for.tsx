import type { ReactNode } from 'react';

import { loadSiteWords, pickWords } from '@/lib/i18n/load-site-words';
import type { Locale } from '@/lib/i18n/locales';
import type { CopyName } from '@/lib/i18n/site-copy-files';

import { PageWordsProvider } from './page-words';

/**
 * Gives a page's client components the copy files `names` in `locale` (a server component: the
 * words travel in the page's HTML, never in its scripts). A file a component reads that is not
 * named here is a programming error `useWords` reports.
 */
export function PageWordsFor({
  locale,
  names,
  children,
}: {
  locale: Locale;
  names: readonly CopyName[];
  children: ReactNode;
}) {
  return (
    <PageWordsProvider words={pickWords(loadSiteWords(locale), names)}>
      {children}
    </PageWordsProvider>
  );
}
