import type { RoleId } from '@/lib/bank/schema';
import type { FitProfile, ScoreRange } from '@/lib/scoring/profile';

import { fillTemplate } from './copy/fill-template';
import { COMMON_COPY } from './copy/common-copy';
import { RESULT_COPY } from './copy/result-copy';
import { summariseFitChart } from './fit-chart-summary';
import {
  describeFitLevels,
  FIT_TICKS,
  fitLevelLabel,
  fitLevelMeaning,
  type FitLevelBand,
} from './fit-levels';
import { describeRange, formatOutOf, formatRange } from './format-range';

/** One role's fit as the headline, the share card and every export show it. */
export interface FitReport {
  readonly role: RoleId;
  /** The role's short name, e.g. "CTO". */
  readonly roleName: string;
  /** e.g. "CTO fit". */
  readonly label: string;
  readonly score: number;
  /** e.g. "62 / 100". */
  readonly scoreText: string;
  /** The level's short name, e.g. "Solid". */
  readonly level: string;
  /** What a fit at this level means, in a sentence. */
  readonly meaning: string;
  /** Where the fit probably lies. */
  readonly range: ScoreRange;
  /** The range in figures, e.g. "57–67". */
  readonly rangeText: string;
  /** The range as a label, e.g. "range 57–67". */
  readonly rangeLabel: string;
}

/** The headline's fits with their chart's words and the scale's levels. */
export interface FitsReport {
  readonly title: string;
  readonly cto: FitReport;
  readonly cpo: FitReport;
  /** The fit chart in one sentence, for people who cannot see it. */
  readonly chartSummary: string;
  /** How to read the chart's marks, in a sentence. */
  readonly chartNote: string;
  /** Where the chart draws its ticks: the scale's ends and where each level starts. */
  readonly ticks: readonly number[];
  /** What follows a score to say it is out of 100, e.g. " / 100". */
  readonly outOfSuffix: string;
  /** Scores are positions on the quiz's own scale, not percentiles. */
  readonly notPercentile: string;
  readonly levelsLabel: string;
  readonly levels: readonly FitLevelBand[];
  /** The column headings of a table of both fits. */
  readonly columns: typeof RESULT_COPY.fits.columns;
}

/** One role's fit with its level, meaning and range in words. */
export function describeFit(role: RoleId, score: number, range: ScoreRange): FitReport {
  const roleName = COMMON_COPY.roles[role];
  const label = fillTemplate(COMMON_COPY.roleFit, { role: roleName });
  const words = { level: fitLevelLabel(score), meaning: fitLevelMeaning(score) };
  const rangeWords = { rangeText: formatRange(range), rangeLabel: describeRange(range) };
  return {
    role,
    roleName,
    label,
    score,
    scoreText: formatOutOf(score),
    ...words,
    range,
    ...rangeWords,
  };
}

/** Both fits with their levels and ranges, as the headline and its chart show them. */
export function describeFits(profile: Pick<FitProfile, 'fit' | 'fitRange'>): FitsReport {
  return {
    title: RESULT_COPY.fits.title,
    cto: describeFit('cto', profile.fit.cto, profile.fitRange.cto),
    cpo: describeFit('cpo', profile.fit.cpo, profile.fitRange.cpo),
    chartSummary: summariseFitChart(profile.fit, profile.fitRange),
    chartNote: RESULT_COPY.fits.chartNote,
    ticks: FIT_TICKS,
    outOfSuffix: COMMON_COPY.scale.outOfSuffix,
    notPercentile: COMMON_COPY.scale.notPercentile,
    levelsLabel: RESULT_COPY.fits.levelsLabel,
    levels: describeFitLevels(),
    columns: RESULT_COPY.fits.columns,
  };
}
