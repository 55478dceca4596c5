import { fillTemplate } from './fill-template';
import { RESULT_COPY } from './result-copy';

export { describeSavedFile } from './export-words';

/** The results page's words, from `questions/report-copy/result.json` (`page`). */
const PAGE = RESULT_COPY.page;

/** The name of a result's export made on `date` (YYYY-MM-DD), e.g. "role-fit-2026-12-04.pdf". */
export function resultFileName(date: string, extension: string): string {
  return fillTemplate(PAGE.export.fileName, { date, extension });
}

/** The heading of the problems that kept the file `name` from being opened as a result. */
export function describeImportRefused(name: string): string {
  return fillTemplate(PAGE.import.refused, { name });
}
