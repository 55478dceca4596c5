import { SIDE_THRESHOLD } from '@/lib/compare/classify-tension';
import { roundScore } from '@/lib/scoring/round-score';

/** How a team stands on one tension. */
export type TeamTensionReading = 'balanced' | 'split' | 'one-sided' | 'unknown';

/** A side of a tension's scale. */
export type TensionSide = 'technology' | 'product';

export interface TeamTensionFinding {
  /** The median position, or null when too few answered. */
  readonly centre: number | null;
  /** From the furthest member on one side to the furthest on the other, or null when too few answered. */
  readonly spread: number | null;
  readonly reading: TeamTensionReading;
  /** How many members sit on each side (at least {@link SIDE_THRESHOLD} from the middle) and between. */
  readonly counts: {
    readonly technology: number;
    readonly middle: number;
    readonly product: number;
  };
  /** For a one-sided team, the side nobody speaks for; null otherwise. */
  readonly blindSpot: TensionSide | null;
}

/** Fewer answered positions than this and the team is not read on the tension. */
export const MIN_ANSWERED = 2;

/**
 * Reads the members' positions on one tension (−100 technology-first … +100 product-first, null
 * when unanswered). The centre is the median, not the mean: in a team of 3 to 12 one member at an
 * end would drag a mean towards a side nobody else is on, while the median stays where the team
 * is, and it is a position a member (or the midpoint of two) actually holds. The spread is the
 * range, because on a line of a dozen people the two furthest apart are the distance the team
 * has to bridge. Sides use the same line as the single result and the pair ({@link SIDE_THRESHOLD}):
 * - `one-sided`: the centre takes a side and nobody stands on the other;
 * - `split`: both sides are held and the middle has fewer people than the smaller side (camps);
 * - `balanced`: otherwise (a strong middle, or both sides voiced across one);
 * - `unknown`: fewer than {@link MIN_ANSWERED} members answered.
 */
export function readTeamTension(positions: readonly (number | null)[]): TeamTensionFinding {
  const answered = positions.filter((p): p is number => p !== null).sort((a, b) => a - b);
  const counts = {
    technology: answered.filter((p) => p <= -SIDE_THRESHOLD).length,
    product: answered.filter((p) => p >= SIDE_THRESHOLD).length,
    middle: answered.filter((p) => Math.abs(p) < SIDE_THRESHOLD).length,
  };
  if (answered.length < MIN_ANSWERED) {
    return { centre: null, spread: null, reading: 'unknown', counts, blindSpot: null };
  }
  const half = answered.length >> 1;
  const centre = roundScore(
    answered.length % 2 === 1 ? answered[half]! : (answered[half - 1]! + answered[half]!) / 2,
  );
  const spread = answered[answered.length - 1]! - answered[0]!;
  const blindSpot: TensionSide | null =
    centre >= SIDE_THRESHOLD && counts.technology === 0
      ? 'technology'
      : centre <= -SIDE_THRESHOLD && counts.product === 0
        ? 'product'
        : null;
  const reading: TeamTensionReading = blindSpot
    ? 'one-sided'
    : counts.technology > 0 &&
        counts.product > 0 &&
        counts.middle < Math.min(counts.technology, counts.product)
      ? 'split'
      : 'balanced';
  return { centre, spread, reading, counts, blindSpot };
}
