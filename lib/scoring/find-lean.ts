import type { Lean, PerRole, ScoreRange } from './profile';
import { rangesOverlap } from './score-ranges';

/** Fits closer than this many points are called balanced. */
export const SLIGHT_LEAN = 5;
/** A margin of at least this many points is a clear lean. */
export const CLEAR_LEAN = 15;

/** Which role the fits point to, and how firmly; within the margin when the fit ranges overlap. */
export function findLean(fit: PerRole<number>, ranges?: PerRole<ScoreRange>): Lean {
  const margin = fit.cto - fit.cpo;
  const size = Math.abs(margin);
  const withinMargin = ranges === undefined ? false : rangesOverlap(ranges);
  if (size < SLIGHT_LEAN) return { role: 'balanced', margin, strength: 'none', withinMargin };
  return {
    role: margin > 0 ? 'cto' : 'cpo',
    margin,
    strength: size >= CLEAR_LEAN ? 'clear' : 'slight',
    withinMargin,
  };
}
