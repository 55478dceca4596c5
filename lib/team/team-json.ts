import { z } from 'zod';

import type { TeamView } from './team-view';

/** Raised whenever the layout of the team JSON changes. */
export const TEAM_JSON_VERSION = 1;

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

/** The team view's numbers and names, in the shape of {@link TeamJsonSchema}. */
export function buildTeamJson(view: TeamView): TeamJson {
  const { cto, cpo } = view.seats;
  return {
    format: 'role-fit-team',
    formatVersion: TEAM_JSON_VERSION,
    bank: view.bank,
    date: view.date,
    members: view.members.items.map((m) => ({
      name: m.name,
      mark: m.mark,
      form: m.form,
      fit: { cto: m.fits.cto.score, cpo: m.fits.cpo.score },
      lean: m.lean,
    })),
    seats: {
      cto: cto.holderName,
      cpo: cpo.holderName,
      ctoRunnerUp: cto.runnerUpName,
      cpoRunnerUp: cpo.runnerUpName,
      ties: [...view.seats.ties],
    },
    gaps: [...view.grid.gaps],
    pileUps: [...view.grid.pileUps],
    competencies: view.grid.rows.map((r) => ({
      id: r.id,
      scores: r.cells.map((c) => c.score),
      best: r.best,
      strong: r.strong,
      coverage: r.coverage,
    })),
    tensions: view.tensions.items.map((t) => ({
      id: t.id,
      positions: t.placements.map((p) => ({ name: p.name, position: p.at })),
      centre: t.centre,
      spread: t.spread,
      reading: t.reading,
      blindSpot: t.blindSpot?.side ?? null,
    })),
  };
}

/** The team JSON as text: two-space indents and a final newline, keys in a fixed order. */
export function renderTeamJson(view: TeamView): string {
  return `${JSON.stringify(buildTeamJson(view), null, 2)}\n`;
}
