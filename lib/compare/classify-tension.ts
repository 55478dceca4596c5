import { TENSION_LABEL_THRESHOLD } from '@/lib/scoring/place-on-tensions';

import type { Situation } from './schema';

/**
 * A position at least this far from the middle takes a side: the same line the single result
 * uses to call someone technology- or product-first, so the two pages never disagree.
 */
export const SIDE_THRESHOLD = TENSION_LABEL_THRESHOLD;

/**
 * Two people at least this far apart (on the −100…+100 scale) stand at opposite ends: e.g. −75
 * and +75, or −50 and +100. Closer than this, opposite sides pull against each other usefully.
 */
export const FAR_APART_DISTANCE = 150;

/** How a pair's two positions on one tension play out. */
export type PairingKind = 'clash' | 'complement' | 'aligned' | 'unknown';

export type TensionSituation = Situation | 'unanswered';

export interface TensionClassification {
  readonly kind: PairingKind;
  readonly situation: TensionSituation;
}

/**
 * Classifies two positions on a tension (−100 technology-first … +100 product-first; null when
 * unanswered). In order:
 * - unknown: either position is missing;
 * - clash: both on the same side (nobody speaks for the other one), or at least
 *   {@link FAR_APART_DISTANCE} apart (opposite ends);
 * - complement: on opposite sides of the middle, at least one of them taking a side;
 * - aligned: both near the middle, or one taking a side while the other sits near the middle.
 */
export function classifyTension(a: number | null, b: number | null): TensionClassification {
  if (a === null || b === null) return { kind: 'unknown', situation: 'unanswered' };
  const side = (p: number) =>
    p <= -SIDE_THRESHOLD ? 'technology' : p >= SIDE_THRESHOLD ? 'product' : 'middle';
  const sa = side(a);
  const sb = side(b);
  if (sa === 'technology' && sb === 'technology') {
    return { kind: 'clash', situation: 'both-technology-first' };
  }
  if (sa === 'product' && sb === 'product') {
    return { kind: 'clash', situation: 'both-product-first' };
  }
  if (Math.abs(a - b) >= FAR_APART_DISTANCE) return { kind: 'clash', situation: 'far-apart' };
  if (Math.sign(a) * Math.sign(b) < 0 && (sa !== 'middle' || sb !== 'middle')) {
    return { kind: 'complement', situation: 'complement' };
  }
  if (sa === 'middle' && sb === 'middle') return { kind: 'aligned', situation: 'both-balanced' };
  return { kind: 'aligned', situation: 'one-leans' };
}
