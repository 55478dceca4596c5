import type { ScoringCopy } from './copy-schema';

/** How to read a fit score, so that "is 62 high?" has an answer. */
export type FitLevel = 'strong' | 'solid' | 'emerging' | 'low';

/** Lower bounds of each level on the 0–100 scale. */
export const FIT_LEVELS = { strong: 70, solid: 55, emerging: 45 } as const;

export function describeFitLevel(fit: number): FitLevel {
  if (fit >= FIT_LEVELS.strong) return 'strong';
  if (fit >= FIT_LEVELS.solid) return 'solid';
  if (fit >= FIT_LEVELS.emerging) return 'emerging';
  return 'low';
}

/** A phrase such as "a strong match", for use in sentences, from `phrases` (the scoring copy's). */
export function fitLevelPhrase(phrases: ScoringCopy['fitLevelPhrases'], level: FitLevel): string {
  return phrases[level];
}
