import { FIT_LEVELS } from '@/lib/scoring/fit-level';

/** A competency score at or above this counts as strong: the "strong" fit level. */
export const TEAM_STRONG_SCORE = FIT_LEVELS.strong;
/** Somebody at or above this covers a competency: the "solid" fit level. Nobody there, and it is a gap. */
export const TEAM_SOLID_SCORE = FIT_LEVELS.solid;

/**
 * How a team covers one competency:
 * - `gap`: somebody was measured on it, and nobody is solid;
 * - `pile-up`: every member is strong on it, while the team has a gap elsewhere, so the team's
 *   strengths are stacked in one place rather than spread over what it lacks;
 * - `covered`: somebody is solid (everyone strong with no gap elsewhere is simply covered);
 * - `unknown`: nobody was measured on it.
 */
export type TeamCoverage = 'gap' | 'pile-up' | 'covered' | 'unknown';

/** One competency across the team. */
export interface CompetencyCover {
  /** The team's highest score, or null when nobody was measured. */
  readonly best: number | null;
  /** How many members are strong on it. */
  readonly strong: number;
  readonly coverage: TeamCoverage;
}

/**
 * Reads each competency across the team. `scores[c][m]` is member m's score on competency c,
 * null when not measured. The order of members never matters: only best, counts and "every".
 */
export function coverCompetencies(
  scores: readonly (readonly (number | null)[])[],
): CompetencyCover[] {
  const firstPass = scores.map((row) => {
    const measured = row.filter((s): s is number => s !== null);
    const best = measured.length === 0 ? null : Math.max(...measured);
    const strong = measured.filter((s) => s >= TEAM_STRONG_SCORE).length;
    const everyoneStrong = row.length > 0 && strong === row.length;
    return { best, strong, everyoneStrong };
  });
  const isGap = (best: number | null) => best !== null && best < TEAM_SOLID_SCORE;
  const teamHasGap = firstPass.some((c) => isGap(c.best));
  return firstPass.map(({ best, strong, everyoneStrong }) => ({
    best,
    strong,
    coverage:
      best === null
        ? 'unknown'
        : isGap(best)
          ? 'gap'
          : everyoneStrong && teamHasGap
            ? 'pile-up'
            : 'covered',
  }));
}
