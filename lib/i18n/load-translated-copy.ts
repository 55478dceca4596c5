import type { ReportWords } from '@/lib/report/copy/report-words';

import { loadSiteWords, pickWords } from './load-site-words';
import type { Locale } from './locales';

/**
 * The words of a result's report in a language: the report's four copy files of
 * `loadSiteWords`, each validated once there. For the command line and tests (the pages hand
 * their components the words they picked).
 */
export function loadTranslatedCopy(locale: Locale): ReportWords {
  return pickWords(loadSiteWords(locale), ['common', 'result', 'scoring', 'versions']);
}
