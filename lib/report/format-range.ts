import type { ScoreRange } from '@/lib/scoring/profile';

import { fillTemplate } from './copy/fill-template';
import { COMMON_COPY } from './copy/common-copy';

const WORDS = COMMON_COPY.range;

/** A range as two whole numbers with an en dash, e.g. "57–67". */
export function formatRange(range: ScoreRange): string {
  return fillTemplate(WORDS.figures, { low: range.low, high: range.high });
}

/** A range as a label beside its score, e.g. "range 57–67". */
export function describeRange(range: ScoreRange): string {
  return fillTemplate(WORDS.label, { range: formatRange(range) });
}

/** A score with its range in brackets, e.g. "62 (range 57–67)"; the score alone without one. */
export function formatScoreWithRange(score: number, range: ScoreRange | null): string {
  return range
    ? fillTemplate(WORDS.scoreWithRange, { score, range: describeRange(range) })
    : String(score);
}

/** A score with its range in figures, e.g. "62 (57–67)", as beside a chart's bar. */
export function formatScoreWithFigures(score: number, range: ScoreRange | null): string {
  return range
    ? fillTemplate(WORDS.scoreWithRange, { score, range: formatRange(range) })
    : String(score);
}

/** A score out of 100, e.g. "62 / 100". */
export function formatOutOf(score: number): string {
  return fillTemplate(COMMON_COPY.scale.outOf, { score });
}
