import content from '@/questions/report-copy/result.json' with { type: 'json' };

import type { ReportCopy } from './schema';

/**
 * The `result` words of the report copy, from `questions/report-copy/result.json`: a file of their
 * own, so that a page that needs only these does not carry the rest. Typed, not parsed (see
 * `report-copy.ts`).
 */
export const RESULT_COPY: ReportCopy['result'] = content;
