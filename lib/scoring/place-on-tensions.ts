import type { Tension } from '@/lib/bank/schema';

import type { TensionLabel, TensionPosition } from './profile';
import { roundScore } from './round-score';

/** Positions at least this far from the middle are labelled technology- or product-first. */
export const TENSION_LABEL_THRESHOLD = 40;

/** Places the person on each tension: the mean position of the chosen options, scaled to ±100. */
export function placeOnTensions(
  tensions: readonly Tension[],
  meanPositions: readonly (number | null)[],
  answered: readonly number[],
  totals: readonly number[],
): TensionPosition[] {
  return tensions.map((tension, i) => {
    const mean = meanPositions[i] ?? null;
    const position = mean === null ? null : roundScore(mean * 50);
    return {
      id: tension.id,
      position,
      label: position === null ? null : labelPosition(position),
      answered: answered[i] ?? 0,
      total: totals[i] ?? 0,
    };
  });
}

function labelPosition(position: number): TensionLabel {
  if (position <= -TENSION_LABEL_THRESHOLD) return 'technology-first';
  if (position >= TENSION_LABEL_THRESHOLD) return 'product-first';
  return 'balanced';
}
