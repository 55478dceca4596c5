import type { ArchetypeMatch } from './profile';
import { roundScore } from './round-score';

/** An archetype's reference scores, in the bank's competency order. */
export interface ArchetypeVector {
  readonly id: string;
  readonly scores: readonly number[];
}

/**
 * Ranks archetypes by similarity to the answered competency scores, nearest first:
 * 100 minus the root-mean-square distance between the two profiles. Unanswered competencies
 * are left out of the comparison rather than guessed. Empty when nothing is answered.
 */
export function matchArchetypes(
  archetypes: readonly ArchetypeVector[],
  scores: readonly (number | null)[],
): ArchetypeMatch[] {
  const matches: { id: string; distance: number; order: number }[] = [];
  archetypes.forEach((archetype, order) => {
    let squares = 0;
    let count = 0;
    scores.forEach((score, i) => {
      if (score === null) return;
      squares += (score - (archetype.scores[i] ?? 0)) ** 2;
      count += 1;
    });
    if (count > 0) matches.push({ id: archetype.id, distance: Math.sqrt(squares / count), order });
  });
  return matches
    .sort((a, b) => a.distance - b.distance || a.order - b.order)
    .map(({ id, distance }) => ({ id, similarity: roundScore(100 - distance) }));
}
