import { z } from 'zod';

import { PluralSchema, Template, Text } from '@/lib/copy/template-schema';

/** The words of the role guide page (`questions/site/roles.json`); the guide itself is content. */
export const RolesCopySchema = z.strictObject({
  meta: z.strictObject({ title: Text, description: Text }),
  overline: Text,
  title: Text,
  tocLabel: Text,
  toc: z.strictObject({ cto: Text, cpo: Text, shared: Text, tensions: Text, together: Text }),
  roles: z.strictObject({
    title: Text,
    lead: Text,
    rows: z.strictObject({
      reportsTo: Text,
      responsibilities: Text,
      skills: Text,
      worksWith: Text,
      successMeasures: Text,
      impact: Text,
    }),
  }),
  shared: z.strictObject({ title: Text, competencies: Text }),
  tensions: z.strictObject({
    title: Text,
    lead: Template('count'),
    techPull: Text,
    productPull: Text,
    resolution: Text,
    practices: Text,
  }),
  together: z.strictObject({ title: Text, lead: Text }),
  closing: z.strictObject({
    title: Text,
    body: Template('short', 'full'),
    minutes: PluralSchema('count'),
    action: Text,
  }),
});
export type RolesCopy = z.infer<typeof RolesCopySchema>;
