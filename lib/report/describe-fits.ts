import type { RoleId } from '@/lib/bank/schema';
import type { FitProfile, ScoreRange } from '@/lib/scoring/profile';

import { summariseFitChart } from './fit-chart-summary';
import { fitLevelLabel } from './fit-levels';
import { describeRange } from './format-range';
import { ROLE_LABEL } from './role-names';

/** One role's fit as the headline shows it. */
export interface FitReport {
  readonly role: RoleId;
  /** e.g. "CTO fit". */
  readonly label: string;
  readonly score: number;
  /** The level's short name, e.g. "Solid". */
  readonly level: string;
  readonly range: ScoreRange;
  /** e.g. "range 57–67". */
  readonly rangeText: string;
}

/** The headline's fits, the chart's text alternative and the words under the chart. */
export interface FitsReport {
  readonly cto: FitReport;
  readonly cpo: FitReport;
  /** The fit chart in one sentence, for people who cannot see it. */
  readonly chartSummary: string;
  /** How to read the chart's marks, in a sentence. */
  readonly chartNote: string;
}

const CHART_NOTE =
  'The vertical lines mark where each level starts; the CPO bar is hatched; the bracket across the end of each bar spans its range.';

/** Both fits with their levels and ranges, as the headline and its chart show them. */
export function describeFits(profile: Pick<FitProfile, 'fit' | 'fitRange'>): FitsReport {
  const fit = (role: RoleId): FitReport => ({
    role,
    label: `${ROLE_LABEL[role]} fit`,
    score: profile.fit[role],
    level: fitLevelLabel(profile.fit[role]),
    range: profile.fitRange[role],
    rangeText: describeRange(profile.fitRange[role]),
  });
  return {
    cto: fit('cto'),
    cpo: fit('cpo'),
    chartSummary: summariseFitChart(profile.fit, profile.fitRange),
    chartNote: CHART_NOTE,
  };
}
