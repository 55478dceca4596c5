import { FIT_LEVELS } from '@/lib/scoring/fit-level';

/** A competency score at or above this is a strength one can lean on (the "solid" fit level). */
export const STRONG_SCORE = FIT_LEVELS.solid;
/** A competency score below this is a gap (under the "emerging" fit level). */
export const GAP_SCORE = FIT_LEVELS.emerging;
/** One person covers the other when they are strong and at least this many points ahead. */
export const COVER_MARGIN = 15;

/**
 * How two scores on one competency relate: `first-covers` / `second-covers` when one is strong
 * where the other is clearly behind, `both-strong`, `shared-gap` when both are below
 * {@link GAP_SCORE}, `similar` otherwise, `unknown` when either is unmeasured.
 */
export type Coverage =
  'first-covers' | 'second-covers' | 'both-strong' | 'shared-gap' | 'similar' | 'unknown';

export function compareCompetency(a: number | null, b: number | null): Coverage {
  if (a === null || b === null) return 'unknown';
  if (a >= STRONG_SCORE && b >= STRONG_SCORE) return 'both-strong';
  if (a >= STRONG_SCORE && a - b >= COVER_MARGIN) return 'first-covers';
  if (b >= STRONG_SCORE && b - a >= COVER_MARGIN) return 'second-covers';
  if (a < GAP_SCORE && b < GAP_SCORE) return 'shared-gap';
  return 'similar';
}
