import { COMMON_COPY } from './common-copy';
import { fillTemplate } from './fill-template';

/** What every export panel says, from `questions/report-copy/common.json` (`exports`). */
const EXPORT_COPY = COMMON_COPY.exports;

/** The status line once the file `file` was saved, on every page that exports. */
export function describeSavedFile(file: string): string {
  return fillTemplate(EXPORT_COPY.saved, { file });
}
