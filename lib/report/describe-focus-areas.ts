import type { QuestionBank } from '@/lib/bank/schema';
import { STRENGTH_THRESHOLD } from '@/lib/scoring/find-focus-areas';
import type { FitProfile, FocusArea, LeanRole } from '@/lib/scoring/profile';

import { importanceText } from './competency-rows';
import { fillTemplate } from './copy/fill-template';
import type { ResultWords } from './copy/report-words';
import type { ResultCopy } from './copy/schema';
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

type FocusWords = ResultCopy['focusAreas']['strengths'];

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

/** Names the profile's strengths and growth areas, measured against the role it leans to. */
export function describeFocusAreas(
  words: ResultWords,
  bank: QuestionBank,
  profile: FitProfile,
): FocusAreasReport {
  const WORDS = words.result.focusAreas;
  const names = new Map(bank.competencies.map((c) => [c.id, c.name]));
  const target = describeTarget(words.common, profile.target);
  const item = (area: FocusArea): FocusAreaItem => {
    const name = names.get(area.competencyId) ?? area.competencyId;
    return {
      id: area.competencyId,
      name,
      score: area.score,
      expected: area.expected,
      importance: area.importance,
      importanceWord: importanceText(words.common, area.importance),
      nextSteps: area.nextSteps,
      comparison: compare(words, area, profile.target),
      exportHeading: fillTemplate(WORDS.exportItem, { name, score: area.score }),
    };
  };
  const list = (listWords: FocusWords, areas: readonly FocusArea[]): FocusList => ({
    title: listWords.title,
    empty: fillTemplate(listWords.empty, { target, threshold: STRENGTH_THRESHOLD }),
    stepsTitle: listWords.stepsTitle,
    exportTitle: fillTemplate(listWords.exportTitle, { target }),
    exportEmpty: listWords.exportEmpty,
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

function compare({ common, result }: ResultWords, area: FocusArea, target: LeanRole): string {
  const WORDS = result.focusAreas;
  const values = {
    score: area.score,
    importance: importanceText(common, area.importance),
    expected: area.expected,
  };
  return target === 'balanced'
    ? fillTemplate(WORDS.comparison.balanced, values)
    : fillTemplate(WORDS.comparison.role, { ...values, role: common.roles[target] });
}
