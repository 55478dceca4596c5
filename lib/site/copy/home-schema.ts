import { z } from 'zod';

import { PluralSchema, Template, Text } from '@/lib/copy/template-schema';

const TitledSchema = (...names: string[]) =>
  z.strictObject({ title: Template(...names), body: Template(...names) });
const SideSchema = z.strictObject({ title: Text, note: Text });

/** The words of the home page (`questions/site/home.json`). */
export const HomeCopySchema = z.strictObject({
  overline: Text,
  title: Text,
  promise: Text,
  start: Text,
  readGuide: Text,
  forms: z.strictObject({
    title: Text,
    minutes: PluralSchema('count'),
    questions: Template('count', 'blurb'),
    blurbs: z.strictObject({ short: Text, full: Text }),
    note: Text,
  }),
  learn: z.strictObject({
    title: Text,
    fits: TitledSchema(),
    competencies: TitledSchema('count'),
    tensions: TitledSchema('count'),
    archetypes: TitledSchema('count'),
  }),
  measures: z.strictObject({
    title: Text,
    lead: Template('competencies', 'scenarios'),
    sides: z.strictObject({ cto: SideSchema, cpo: SideSchema, shared: SideSchema }),
  }),
  audience: z.strictObject({
    title: Text,
    people: z.array(z.strictObject({ who: Text, why: Text })).min(1),
  }),
  privacy: z.strictObject({
    title: Text,
    promises: z.array(z.strictObject({ lead: Text, body: Text })).min(1),
    compareRoles: Text,
  }),
});
export type HomeCopy = z.infer<typeof HomeCopySchema>;
