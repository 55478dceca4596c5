import { describeFitLevel, FIT_LEVELS, type FitLevel } from '@/lib/scoring/fit-level';

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

const LABELS: Record<FitLevel, string> = {
  strong: 'Strong',
  solid: 'Solid',
  emerging: 'Emerging',
  low: 'Not yet',
};

const MEANINGS: Record<FitLevel, string> = {
  strong: 'Your answers match most of what the role asks for.',
  solid: 'A real match, with a few gaps worth working on.',
  emerging: 'Some of the role is there; clear gaps remain.',
  low: 'The role does not match how you work today.',
};

/** The short name of the band a fit falls in, e.g. "Solid" for 62. */
export function fitLevelLabel(fit: number): string {
  return LABELS[describeFitLevel(fit)];
}

/** The bands of the fit scale from the top down, built from the engine's thresholds. */
export function describeFitLevels(): readonly FitLevelBand[] {
  const bands: [FitLevel, number, number][] = [
    ['strong', FIT_LEVELS.strong, 100],
    ['solid', FIT_LEVELS.solid, FIT_LEVELS.strong - 1],
    ['emerging', FIT_LEVELS.emerging, FIT_LEVELS.solid - 1],
    ['low', 0, FIT_LEVELS.emerging - 1],
  ];
  return bands.map(([level, min, max]) => ({
    level,
    label: LABELS[level],
    min,
    max,
    range: level === 'strong' ? `${min}+` : level === 'low' ? `below ${max + 1}` : `${min}–${max}`,
    meaning: MEANINGS[level],
  }));
}
