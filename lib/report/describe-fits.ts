import type { RoleId } from '@/lib/bank/schema';
import type { FitProfile, ScoreRange } from '@/lib/scoring/profile';

import { fillTemplate } from './copy/fill-template';
import type { ResultWords } from './copy/report-words';
import type { CommonCopy, ResultCopy } from './copy/schema';
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
  readonly columns: ResultCopy['fits']['columns'];
}

/** One role's fit with its level, meaning and range in words. */
export function describeFit(
  common: CommonCopy,
  role: RoleId,
  score: number,
  range: ScoreRange,
): FitReport {
  const roleName = common.roles[role];
  const label = fillTemplate(common.roleFit, { role: roleName });
  const words = { level: fitLevelLabel(common, score), meaning: fitLevelMeaning(common, score) };
  const rangeWords = {
    rangeText: formatRange(common, range),
    rangeLabel: describeRange(common, range),
  };
  return {
    role,
    roleName,
    label,
    score,
    scoreText: formatOutOf(common, score),
    ...words,
    range,
    ...rangeWords,
  };
}

/** Both fits with their levels and ranges, as the headline and its chart show them. */
export function describeFits(
  words: ResultWords,
  profile: Pick<FitProfile, 'fit' | 'fitRange'>,
): FitsReport {
  const { common, result } = words;
  return {
    title: result.fits.title,
    cto: describeFit(common, 'cto', profile.fit.cto, profile.fitRange.cto),
    cpo: describeFit(common, 'cpo', profile.fit.cpo, profile.fitRange.cpo),
    chartSummary: summariseFitChart(words, profile.fit, profile.fitRange),
    chartNote: result.fits.chartNote,
    ticks: FIT_TICKS,
    outOfSuffix: common.scale.outOfSuffix,
    notPercentile: common.scale.notPercentile,
    levelsLabel: result.fits.levelsLabel,
    levels: describeFitLevels(common),
    columns: result.fits.columns,
  };
}
