import { z } from 'zod';

import { PluralSchema, Template } from '@/lib/copy/template-schema';

/** How one fit moved from the first result to the last; `{role}` is the role's name. */
const ChangeSchema = PluralSchema('role', 'from', 'to', 'by');

/** Every sentence a person reads about their results over time, on the history page. */
export const HistoryCopySchema = z.strictObject({
  /** The fit-over-time chart in a sentence, its text alternative. */
  trend: z.strictObject({
    tooFew: Template(),
    summary: Template('count', 'from', 'to', 'cto', 'cpo'),
    stayed: Template('role', 'score'),
    rose: ChangeSchema,
    fell: ChangeSchema,
  }),
});
export type HistoryCopy = z.infer<typeof HistoryCopySchema>;
