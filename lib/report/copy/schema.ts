import { z } from 'zod';

import { CommonCopySchema } from './common-schema';
import { HistoryCopySchema } from './history-schema';
import { ResultCopySchema } from './result-schema';

export { CommonCopySchema, type CommonCopy } from './common-schema';
export { HistoryCopySchema, type HistoryCopy } from './history-schema';
export { ResultCopySchema, type ResultCopy } from './result-schema';

/** The words of every report, kept as content in `questions/report-copy/` (one file per section). */
export const ReportCopySchema = z.strictObject({
  common: CommonCopySchema,
  result: ResultCopySchema,
  history: HistoryCopySchema,
});
export type ReportCopy = z.infer<typeof ReportCopySchema>;
