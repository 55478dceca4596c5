import { parseContent } from './parse-content';
import { REPORT_COPY } from './report-copy';
import { ReportCopySchema, type ReportCopy } from './schema';

export { ContentValidationError } from './parse-content';

/** Validates raw report copy with its schema; throws a `ContentValidationError` naming the file. */
export function parseReportCopy(raw: unknown): ReportCopy {
  return parseContent(ReportCopySchema, raw, 'questions/report-copy/');
}

let loaded: ReportCopy | undefined;

/**
 * The report copy validated by its schema, once, on first use: for the server and the command
 * line. The browser reads `REPORT_COPY`, whose shape the compiler checks, so that zod is not
 * fetched to show a result; a test runs this on the same file.
 */
export function loadReportCopy(): ReportCopy {
  loaded ??= parseReportCopy(REPORT_COPY);
  return loaded;
}
