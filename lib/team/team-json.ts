import type { TeamJson } from './team-json-schema';
import { TEAM_JSON_VERSION } from './team-json-version';
import type { TeamView } from './team-view';

// Kept apart from the schema, so that a page exporting JSON does not bring zod to the browser.

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
