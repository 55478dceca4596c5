import type { QuestionBank } from '@/lib/bank/schema';
import type { FitProfile, FocusArea } from '@/lib/scoring/profile';

import { importanceWord } from './competency-rows';
import { describeTarget, ROLE_LABEL } from './role-names';

/** A strength or growth area with the competency's name, ready to show. */
export interface FocusAreaItem {
  readonly id: string;
  readonly name: string;
  readonly score: number;
  /** The score the target role expects of a competency this important. */
  readonly expected: number;
  readonly importance: number;
  /** "essential" (3) or "important" (2) to the target role. */
  readonly importanceWord: string;
  readonly nextSteps: readonly string[];
  /** The score against what the role expects, in a sentence. */
  readonly comparison: string;
}

export interface FocusAreasReport {
  /** e.g. "the CTO role", "both roles". */
  readonly measuredAgainst: string;
  readonly strengths: readonly FocusAreaItem[];
  readonly growthAreas: readonly FocusAreaItem[];
}

/** Names the profile's strengths and growth areas, measured against the role it leans to. */
export function describeFocusAreas(bank: QuestionBank, profile: FitProfile): FocusAreasReport {
  const names = new Map(bank.competencies.map((c) => [c.id, c.name]));
  const item = (area: FocusArea): FocusAreaItem => ({
    id: area.competencyId,
    name: names.get(area.competencyId) ?? area.competencyId,
    score: area.score,
    expected: area.expected,
    importance: area.importance,
    importanceWord: importanceWord(area.importance),
    nextSteps: area.nextSteps,
    comparison: compare(area, profile.target),
  });
  return {
    measuredAgainst: describeTarget(profile.target),
    strengths: profile.strengths.map(item),
    growthAreas: profile.growthAreas.map(item),
  };
}

function compare(area: FocusArea, target: FitProfile['target']): string {
  const role =
    target === 'balanced'
      ? `at least one of the roles, which expects`
      : `the ${ROLE_LABEL[target]} role, which expects`;
  return `You scored ${area.score}. It is ${importanceWord(area.importance)} to ${role} about ${area.expected}.`;
}
