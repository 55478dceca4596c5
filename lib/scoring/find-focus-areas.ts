import type { Competency } from '@/lib/bank/schema';

import type { FocusArea, LeanRole } from './profile';
import { roundScore } from './round-score';

/** A competency scoring at least this much is a strength. */
export const STRENGTH_THRESHOLD = 70;
/** How many strengths and how many growth areas a profile lists at most. */
export const FOCUS_AREA_LIMIT = 3;

/** The score a role expects of a competency of this importance (2 important, 3 essential). */
export function expectedScore(importance: number): number {
  return importance >= 3 ? 70 : 60;
}

/** How much a competency matters to the target role; a balanced person is measured against both. */
export function importanceFor(competency: Competency, target: LeanRole): number {
  return target === 'balanced'
    ? Math.max(competency.importance.cto, competency.importance.cpo)
    : competency.importance[target];
}

/**
 * Strengths and growth areas among the competencies that matter to the target role (importance
 * 2 or more) and have answers: strengths score at least {@link STRENGTH_THRESHOLD}, highest first;
 * growth areas fall short of what the role expects, the largest weighted shortfall first.
 */
export function findFocusAreas(
  competencies: readonly Competency[],
  scores: readonly (number | null)[],
  target: LeanRole,
): { strengths: FocusArea[]; growthAreas: FocusArea[] } {
  const relevant: FocusArea[] = [];
  competencies.forEach((competency, i) => {
    const score = scores[i];
    const importance = importanceFor(competency, target);
    if (score === null || score === undefined || importance < 2) return;
    relevant.push({
      competencyId: competency.id,
      score: roundScore(score),
      importance,
      expected: expectedScore(importance),
      nextSteps: competency.growth,
    });
  });

  const strengths = relevant
    .filter((area) => area.score >= STRENGTH_THRESHOLD)
    .sort((a, b) => b.score - a.score || b.importance - a.importance)
    .slice(0, FOCUS_AREA_LIMIT);
  const shortfall = (area: FocusArea) => (area.expected - area.score) * area.importance;
  const growthAreas = relevant
    .filter((area) => area.score < area.expected)
    .sort((a, b) => shortfall(b) - shortfall(a))
    .slice(0, FOCUS_AREA_LIMIT);
  return { strengths, growthAreas };
}
