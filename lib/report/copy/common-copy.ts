import content from '@/questions/report-copy/common.json' with { type: 'json' };

import type { ReportCopy } from './schema';

/**
 * The `common` words of the report copy, from `questions/report-copy/common.json`: a file of their
 * own, so that a page that needs only these does not carry the rest. Typed, not parsed (see
 * `report-copy.ts`).
 */
export const COMMON_COPY: ReportCopy['common'] = content;
