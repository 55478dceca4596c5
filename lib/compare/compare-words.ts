import type { ReportWords } from '@/lib/report/copy/report-words';

import type { CompareCopy } from './copy-schema';

/**
 * The words of a comparison in one language: the comparison's own copy and what every report
 * says (forms, levels, confidence, versions). Passed to the builders, so that the same pair can be
 * read in English from the page's words or in another language (`loadSiteWords`).
 */
export interface CompareWords extends ReportWords {
  readonly compare: CompareCopy;
}

/** The words the pairing report reads: the comparison's own, and the scale's and levels'. */
export type PairingWords = Pick<CompareWords, 'compare' | 'common'>;
