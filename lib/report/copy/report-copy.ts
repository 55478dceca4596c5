import { COMMON_COPY } from './common-copy';
import { HISTORY_COPY } from './history-copy';
import { RESULT_COPY } from './result-copy';
import type { ReportCopy } from './schema';

/**
 * The words of every report, from `questions/report-copy/` (`common.json`, `result.json`,
 * `history.json`). Typed, not parsed: the compiler checks each file's shape against the schema's
 * type, and a test validates them with the schema itself (placeholders, empty texts), so that
 * showing a result never needs zod in the browser. A page imports the part it needs from its own
 * module (`common-copy.ts`, `result-copy.ts`, `history-copy.ts`), so it carries only those words.
 */
export const REPORT_COPY: ReportCopy = {
  common: COMMON_COPY,
  result: RESULT_COPY,
  history: HISTORY_COPY,
};
