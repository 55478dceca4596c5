import { z } from 'zod';

import { TEAM_JSON_VERSION } from './team-json-version';

const Name = z.string().min(1);
const PerRole = <T extends z.ZodType>(schema: T) => z.strictObject({ cto: schema, cpo: schema });
const Position = z.number().int().min(-100).max(100);

/**
 * The team map as JSON for other tools (`cli team --format json`): members with their fits, the
 * seats by name, the gaps and every tension with each member's position. The schema is the
 * contract; the command line's output is checked against it.
 */
export const TeamJsonSchema = z.strictObject({
  format: z.literal('role-fit-team'),
  formatVersion: z.literal(TEAM_JSON_VERSION),
  bank: z.strictObject({ id: z.string(), version: z.number().int().positive() }),
  date: z.string().nullable(),
  members: z.array(
    z.strictObject({
      name: Name,
      mark: Name,
      form: z.enum(['full', 'short']),
      fit: PerRole(z.number().min(0).max(100)),
      lean: z.enum(['cto', 'cpo', 'balanced']),
    }),
  ),
  seats: z.strictObject({
    cto: Name.nullable(),
    cpo: Name.nullable(),
    ctoRunnerUp: Name.nullable(),
    cpoRunnerUp: Name.nullable(),
    /** Other assignments with the same total fit. */
    ties: z.array(PerRole(Name.nullable())),
  }),
  /** Competency ids nobody on the team is solid in. */
  gaps: z.array(z.string()),
  pileUps: z.array(z.string()),
  competencies: z.array(
    z.strictObject({
      id: z.string(),
      scores: z.array(z.number().nullable()),
      best: z.number().nullable(),
      strong: z.number().int().min(0),
      coverage: z.enum(['gap', 'pile-up', 'covered', 'unknown']),
    }),
  ),
  tensions: z.array(
    z.strictObject({
      id: z.string(),
      positions: z.array(z.strictObject({ name: Name, position: Position.nullable() })),
      centre: Position.nullable(),
      spread: z.number().int().min(0).max(200).nullable(),
      reading: z.enum(['balanced', 'split', 'one-sided', 'unknown']),
      blindSpot: z.enum(['technology', 'product']).nullable(),
    }),
  ),
});
export type TeamJson = z.infer<typeof TeamJsonSchema>;
