import type { ScoringCopy } from '@/lib/scoring/copy-schema';
import type { VersionsCopy } from '@/lib/versions/copy-schema';

import type { CommonCopy, ResultCopy } from './schema';

/**
 * The words of a result's report in one language: passed to every builder and renderer, so that
 * the same profile can be reported in English from the page's modules or in another language read
 * by `lib/i18n/load-translated-copy.ts`.
 */
export interface ReportWords {
  readonly common: CommonCopy;
  readonly result: ResultCopy;
  readonly scoring: ScoringCopy;
  readonly versions: VersionsCopy;
}

/** The words the result view's sections read: what every report says, and what a result's says. */
export type ResultWords = Pick<ReportWords, 'common' | 'result'>;
