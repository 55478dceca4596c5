/** The share of a role's fit that comes from the scenarios when both kinds of answers exist. */
export const SCENARIO_SHARE = 0.2;

/**
 * A role's fit, 0–100 and unrounded: the competency scores averaged with the role's importance
 * weights, blended with how closely the chosen scenario options match the role. Only answered
 * competencies and scenarios count; with no answers at all the fit is 0.
 */
export function computeRoleFit(
  competencyScores: readonly (number | null)[],
  importance: readonly number[],
  scenarioFit: number | null,
): number {
  let weighted = 0;
  let weights = 0;
  competencyScores.forEach((score, i) => {
    if (score === null) return;
    const weight = importance[i] ?? 0;
    weighted += weight * score;
    weights += weight;
  });
  const competencyFit = weights === 0 ? null : weighted / weights;
  const scenarioPart = scenarioFit === null ? null : 100 * scenarioFit;

  if (competencyFit === null) return scenarioPart ?? 0;
  if (scenarioPart === null) return competencyFit;
  return (1 - SCENARIO_SHARE) * competencyFit + SCENARIO_SHARE * scenarioPart;
}
