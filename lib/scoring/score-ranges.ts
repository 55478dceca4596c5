import type { PerRole, ScoreRange } from './profile';
import { SCENARIO_SHARE } from './role-fit';
import { roundScore } from './round-score';

/** How score ranges are drawn (decision 016). */
export const RANGE_RULES = {
  /** Standard normal quantile of a two-sided 90% interval. */
  z: 1.645,
  /** The spread assumed before any answers: one scale step, 25 points. */
  priorSd: 25,
  /** How many degrees of freedom the prior weighs, so that a few identical answers never claim zero spread. */
  priorWeight: 4,
} as const;

/** The whole scale: what is known about a score with no answers behind it. */
const WHOLE_SCALE: ScoreRange = { low: 0, high: 100 };

/**
 * The person's own spread of item scores around their competency means, in points: the pooled
 * within-competency standard deviation, shrunk toward {@link RANGE_RULES.priorSd}.
 */
export function pooledSpread(groups: readonly (readonly number[])[]): number {
  let squares = RANGE_RULES.priorWeight * RANGE_RULES.priorSd ** 2;
  let freedom = RANGE_RULES.priorWeight;
  for (const scores of groups) {
    if (scores.length < 2) continue;
    const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
    for (const score of scores) squares += (score - mean) ** 2;
    freedom += scores.length - 1;
  }
  return Math.sqrt(squares / freedom);
}

/** The 90% interval around an unrounded score with this standard error, clamped and rounded. */
export function rangeAround(score: number, standardError: number): ScoreRange {
  const half = RANGE_RULES.z * standardError;
  return {
    low: roundScore(Math.max(0, score - half)),
    high: roundScore(Math.min(100, score + half)),
  };
}

/** Each competency's standard error (the pooled spread over √n), or null when unanswered. */
export function competencyStandardErrors(
  itemScores: readonly (readonly number[])[],
): (number | null)[] {
  const spread = pooledSpread(itemScores);
  return itemScores.map((scores) =>
    scores.length === 0 ? null : spread / Math.sqrt(scores.length),
  );
}

/**
 * The standard error of a role's fit, propagated through its weighted mean with independent
 * errors: (1 − s)² Σ(wᵢ/Σw)² SEᵢ² + s² SE_scenarios², with s the scenario share when both parts exist.
 * Null when nothing counts towards the fit.
 */
export function fitStandardError(
  standardErrors: readonly (number | null)[],
  importance: readonly number[],
  scenarioFits: readonly number[],
): number | null {
  let weights = 0;
  standardErrors.forEach((se, i) => {
    if (se !== null) weights += importance[i] ?? 0;
  });
  let sum = 0;
  standardErrors.forEach((se, i) => {
    if (se !== null && weights > 0) sum += ((importance[i] ?? 0) / weights) ** 2 * se ** 2;
  });
  const competencyVariance = weights > 0 ? sum : null;
  const scenarioVariance =
    scenarioFits.length === 0 ? null : pooledSpread([scenarioFits]) ** 2 / scenarioFits.length;

  if (competencyVariance === null)
    return scenarioVariance === null ? null : Math.sqrt(scenarioVariance);
  if (scenarioVariance === null) return Math.sqrt(competencyVariance);
  return Math.sqrt(
    (1 - SCENARIO_SHARE) ** 2 * competencyVariance + SCENARIO_SHARE ** 2 * scenarioVariance,
  );
}

/** A fit's range: the whole scale when nothing was answered. */
export function fitRange(fit: number, standardError: number | null): ScoreRange {
  return standardError === null ? WHOLE_SCALE : rangeAround(fit, standardError);
}

/** Whether two ranges share at least one point. */
export function rangesOverlap(ranges: PerRole<ScoreRange>): boolean {
  return ranges.cto.low <= ranges.cpo.high && ranges.cpo.low <= ranges.cto.high;
}
