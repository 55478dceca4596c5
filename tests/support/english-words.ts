import type { ReportWords } from '@/lib/report/copy/report-words';
import { COMMON_COPY } from '@/lib/report/copy/common-copy';
import { RESULT_COPY } from '@/lib/report/copy/result-copy';
import { SCORING_COPY } from '@/lib/scoring/scoring-copy';
import { VERSIONS_COPY } from '@/lib/versions/versions-copy';

/** The English words of a PDF's frame: its page footer and language tag. */
export const ENGLISH_PDF_WORDS = COMMON_COPY.exports;

/** The English words of a report, as the pages pass them, for tests that build a report. */
export const ENGLISH_WORDS: ReportWords = {
  common: COMMON_COPY,
  result: RESULT_COPY,
  scoring: SCORING_COPY,
  versions: VERSIONS_COPY,
};
