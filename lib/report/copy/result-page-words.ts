import { fillTemplate } from './fill-template';
import { COMMON_COPY } from './common-copy';
import { RESULT_COPY } from './result-copy';

/** The results page's words, from `questions/report-copy/result.json` (`page`). */
const PAGE = RESULT_COPY.page;

/** What every export panel says, from `questions/report-copy/common.json` (`exports`). */
export const EXPORT_COPY = COMMON_COPY.exports;

/** The name of a result's export made on `date` (YYYY-MM-DD), e.g. "role-fit-2026-12-04.pdf". */
export function resultFileName(date: string, extension: string): string {
  return fillTemplate(PAGE.export.fileName, { date, extension });
}

/** The status line once the file `file` was saved. */
export function describeSavedFile(file: string): string {
  return fillTemplate(EXPORT_COPY.saved, { file });
}

/** The heading of the problems that kept the file `name` from being opened as a result. */
export function describeImportRefused(name: string): string {
  return fillTemplate(PAGE.import.refused, { name });
}
