import { z } from 'zod';

import { RoleIdSchema } from '@/lib/bank/schema';

const TextSchema = z.string().trim().min(1, 'must not be empty');

/** A statement about a role, with the part of the source article it derives from. */
export const SourcedLineSchema = z.strictObject({ text: TextSchema, source: TextSchema });

export const RoleProfileSchema = z.strictObject({
  id: RoleIdSchema,
  title: TextSchema,
  shortTitle: TextSchema,
  /** One sentence: what the role is mainly about. */
  focus: TextSchema,
  summary: TextSchema,
  reportsTo: TextSchema,
  responsibilities: z.array(SourcedLineSchema).min(3),
  skills: z.array(SourcedLineSchema).min(3),
  worksWith: z.array(SourcedLineSchema).min(1),
  successMeasures: z.array(SourcedLineSchema).min(2),
  /** How the role shapes the company's growth. */
  impact: TextSchema,
});
export type RoleProfile = z.infer<typeof RoleProfileSchema>;

export const CollaborationPracticeSchema = z.strictObject({
  name: TextSchema,
  text: TextSchema,
  source: TextSchema,
});

/** The role guide: both roles side by side and how a good pair works together. */
export const RoleGuideSchema = z
  .strictObject({
    intro: TextSchema,
    roles: z.tuple([RoleProfileSchema, RoleProfileSchema]),
    sharedGround: TextSchema,
    collaboration: z.array(CollaborationPracticeSchema).min(3),
  })
  .refine((g) => g.roles[0].id === 'cto' && g.roles[1].id === 'cpo', {
    message: 'roles are listed CTO first, then CPO',
    path: ['roles'],
  });
export type RoleGuide = z.infer<typeof RoleGuideSchema>;
