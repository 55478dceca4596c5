import { describeIssues } from '@/lib/bank/describe-issues';

import { REPORT_COPY } from './report-copy';
import { ReportCopySchema, type ReportCopy } from './schema';

/** Thrown when the report copy does not satisfy its schema; lists every problem. */
export class ReportCopyValidationError extends Error {
  override readonly name = 'ReportCopyValidationError';
  constructor(readonly problems: string[]) {
    super(
      `The report copy (questions/report-copy.json) is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
}

/** Validates raw report copy, throwing a {@link ReportCopyValidationError} that lists every problem. */
export function parseReportCopy(raw: unknown): ReportCopy {
  const result = ReportCopySchema.safeParse(raw);
  if (!result.success) throw new ReportCopyValidationError(describeIssues(result.error.issues));
  return result.data;
}

let loaded: ReportCopy | undefined;

/**
 * The report copy validated by its schema, once, on first use: for the server and the command
 * line. The browser reads {@link REPORT_COPY}, whose shape the compiler checks, so that zod is
 * not fetched to show a result; a test runs this on the same file.
 */
export function loadReportCopy(): ReportCopy {
  loaded ??= parseReportCopy(REPORT_COPY);
  return loaded;
}
