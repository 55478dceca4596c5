import content from '@/questions/report-copy/history.json' with { type: 'json' };

import type { ReportCopy } from './schema';

/**
 * The `history` words of the report copy, from `questions/report-copy/history.json`: a file of their
 * own, so that a page that needs only these does not carry the rest. Typed, not parsed (see
 * `report-copy.ts`).
 */
export const HISTORY_COPY: ReportCopy['history'] = content;
