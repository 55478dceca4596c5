import type { ScoreRange } from '@/lib/scoring/profile';

/** A range as two whole numbers with an en dash, e.g. "57–67". */
export function formatRange(range: ScoreRange): string {
  return `${range.low}–${range.high}`;
}

/** A range as a label beside its score, e.g. "range 57–67". */
export function describeRange(range: ScoreRange): string {
  return `range ${formatRange(range)}`;
}

/** A score with its range in brackets, e.g. "62 (range 57–67)"; the score alone without one. */
export function formatScoreWithRange(score: number, range: ScoreRange | null): string {
  return range ? `${score} (${describeRange(range)})` : String(score);
}
