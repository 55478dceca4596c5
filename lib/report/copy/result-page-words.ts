import { fillTemplate } from './fill-template';
import type { ResultCopy } from './schema';

export { describeSavedFile } from './export-words';

/** The results page's words, from `questions/report-copy/result.json` (`page`). */
type PageWords = ResultCopy['page'];

/** The name of a result's export made on `date` (YYYY-MM-DD), e.g. "role-fit-2026-12-04.pdf". */
export function resultFileName(page: PageWords, date: string, extension: string): string {
  return fillTemplate(page.export.fileName, { date, extension });
}

/** The heading of the problems that kept the file `name` from being opened as a result. */
export function describeImportRefused(page: PageWords, name: string): string {
  return fillTemplate(page.import.refused, { name });
}
