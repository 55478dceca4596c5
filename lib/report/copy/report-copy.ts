import content from '@/questions/report-copy.json' with { type: 'json' };

import type { ReportCopy } from './schema';

/**
 * The words of every report, from `questions/report-copy.json`. Typed, not parsed: the compiler
 * checks the file's shape against the schema's type, and a test validates it with the schema
 * itself (placeholders, empty texts), so that showing a result never needs zod in the browser.
 */
export const REPORT_COPY: ReportCopy = content;

/** What every report says, whatever it is about. */
export const COMMON_COPY = REPORT_COPY.common;

/** Every sentence and heading a person reads about a single result. */
export const RESULT_COPY = REPORT_COPY.result;

/** Every sentence a person reads about their results over time. */
export const HISTORY_COPY = REPORT_COPY.history;
