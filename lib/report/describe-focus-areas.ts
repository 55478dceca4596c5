import type { QuestionBank } from '@/lib/bank/schema';
import { STRENGTH_THRESHOLD } from '@/lib/scoring/find-focus-areas';
import type { FitProfile, FocusArea, LeanRole } from '@/lib/scoring/profile';

import { importanceText } from './competency-rows';
import { fillTemplate } from './copy/fill-template';
import { COMMON_COPY } from './copy/common-copy';
import { RESULT_COPY } from './copy/result-copy';
import { describeTarget } from './role-names';

/** A strength or growth area with the competency's name, ready to show. */
export interface FocusAreaItem {
  readonly id: string;
  readonly name: string;
  readonly score: number;
  /** The score the target role expects of a competency this important. */
  readonly expected: number;
  readonly importance: number;
  /** "essential" (3) or "important" (2) to the target role, in words. */
  readonly importanceWord: string;
  readonly nextSteps: readonly string[];
  /** The score against what the role expects, in a sentence. */
  readonly comparison: string;
  /** The item's heading in the exports, e.g. "Delivery — 82". */
  readonly exportHeading: string;
}

/** Strengths or growth areas with the words around them. */
export interface FocusList {
  readonly title: string;
  /** What the page says when the list is empty. */
  readonly empty: string;
  readonly stepsTitle: string;
  readonly exportTitle: string;
  /** What the exports say when the list is empty. */
  readonly exportEmpty: string;
  readonly items: readonly FocusAreaItem[];
}

export interface FocusAreasReport {
  readonly title: string;
  /** e.g. "the CTO role", "both roles". */
  readonly measuredAgainst: string;
  /** Which role, in a sentence with the role's name in bold. */
  readonly intro: { readonly before: string; readonly strong: string; readonly after: string };
  /** A strength scores at least this much. */
  readonly threshold: number;
  readonly strengths: FocusList;
  readonly growthAreas: FocusList;
  /** The heading of the next steps in the exports. */
  readonly nextSteps: string;
}

const WORDS = RESULT_COPY.focusAreas;

/** Names the profile's strengths and growth areas, measured against the role it leans to. */
export function describeFocusAreas(bank: QuestionBank, profile: FitProfile): FocusAreasReport {
  const names = new Map(bank.competencies.map((c) => [c.id, c.name]));
  const target = describeTarget(profile.target);
  const item = (area: FocusArea): FocusAreaItem => {
    const name = names.get(area.competencyId) ?? area.competencyId;
    return {
      id: area.competencyId,
      name,
      score: area.score,
      expected: area.expected,
      importance: area.importance,
      importanceWord: importanceText(area.importance),
      nextSteps: area.nextSteps,
      comparison: compare(area, profile.target),
      exportHeading: fillTemplate(WORDS.exportItem, { name, score: area.score }),
    };
  };
  const list = (words: typeof WORDS.strengths, areas: readonly FocusArea[]): FocusList => ({
    title: words.title,
    empty: fillTemplate(words.empty, { target, threshold: STRENGTH_THRESHOLD }),
    stepsTitle: words.stepsTitle,
    exportTitle: fillTemplate(words.exportTitle, { target }),
    exportEmpty: words.exportEmpty,
    items: areas.map(item),
  });
  const intro = profile.target === 'balanced' ? WORDS.intro.balanced : WORDS.intro.lean;
  return {
    title: WORDS.title,
    measuredAgainst: target,
    intro: { before: intro.before, strong: target, after: intro.after },
    threshold: STRENGTH_THRESHOLD,
    strengths: list(WORDS.strengths, profile.strengths),
    growthAreas: list(WORDS.growthAreas, profile.growthAreas),
    nextSteps: WORDS.nextSteps,
  };
}

function compare(area: FocusArea, target: LeanRole): string {
  const values = {
    score: area.score,
    importance: importanceText(area.importance),
    expected: area.expected,
  };
  return target === 'balanced'
    ? fillTemplate(WORDS.comparison.balanced, values)
    : fillTemplate(WORDS.comparison.role, { ...values, role: COMMON_COPY.roles[target] });
}
