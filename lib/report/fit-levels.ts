import { describeFitLevel, FIT_LEVELS, type FitLevel } from '@/lib/scoring/fit-level';

import { fillTemplate } from './copy/fill-template';
import type { CommonCopy } from './copy/schema';

/** One band of the fit scale, as the results page explains it. */
export interface FitLevelBand {
  readonly level: FitLevel;
  /** A short name such as "Solid". */
  readonly label: string;
  readonly min: number;
  readonly max: number;
  /** The range in words, e.g. "55–69". */
  readonly range: string;
  /** What a fit in this band means, in one sentence. */
  readonly meaning: string;
}

/** The short name of the band a fit falls in, e.g. "Solid" for 62. */
export function fitLevelLabel(common: CommonCopy, fit: number): string {
  return common.fitLevels[describeFitLevel(fit)].label;
}

/** What a fit in the band of `fit` means, in one sentence. */
export function fitLevelMeaning(common: CommonCopy, fit: number): string {
  return common.fitLevels[describeFitLevel(fit)].meaning;
}

/** The bands of the fit scale from the top down, built from the engine's thresholds. */
export function describeFitLevels(common: CommonCopy): readonly FitLevelBand[] {
  const { fitLevels: WORDS, fitLevelRanges: RANGES } = common;
  const bands: [FitLevel, number, number][] = [
    ['strong', FIT_LEVELS.strong, 100],
    ['solid', FIT_LEVELS.solid, FIT_LEVELS.strong - 1],
    ['emerging', FIT_LEVELS.emerging, FIT_LEVELS.solid - 1],
    ['low', 0, FIT_LEVELS.emerging - 1],
  ];
  return bands.map(([level, min, max]) => ({
    level,
    label: WORDS[level].label,
    min,
    max,
    range:
      level === 'strong'
        ? fillTemplate(RANGES.top, { min })
        : level === 'low'
          ? fillTemplate(RANGES.bottom, { below: max + 1 })
          : fillTemplate(RANGES.band, { min, max }),
    meaning: WORDS[level].meaning,
  }));
}

/** Where the fit chart draws its ticks: the ends of the scale and where each level starts. */
export const FIT_TICKS: readonly number[] = [
  0,
  FIT_LEVELS.emerging,
  FIT_LEVELS.solid,
  FIT_LEVELS.strong,
  100,
];
