import type { ReactNode } from 'react';

import { PageWordsProvider } from '@/app/_shared/page-words';
import { loadSiteWords } from '@/lib/i18n/load-site-words';

/** Every page's English words, as a page's server component hands them to its client components. */
export function EnglishPageWords({ children }: { children: ReactNode }) {
  return <PageWordsProvider words={loadSiteWords('en')}>{children}</PageWordsProvider>;
}
