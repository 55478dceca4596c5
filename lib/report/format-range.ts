import type { ScoreRange } from '@/lib/scoring/profile';

import { fillTemplate } from './copy/fill-template';
import type { CommonCopy } from './copy/schema';

/** A range as two whole numbers with an en dash, e.g. "57–67". */
export function formatRange(common: CommonCopy, range: ScoreRange): string {
  return fillTemplate(common.range.figures, { low: range.low, high: range.high });
}

/** A range as a label beside its score, e.g. "range 57–67". */
export function describeRange(common: CommonCopy, range: ScoreRange): string {
  return fillTemplate(common.range.label, { range: formatRange(common, range) });
}

/** A score with its range in brackets, e.g. "62 (range 57–67)"; the score alone without one. */
export function formatScoreWithRange(
  common: CommonCopy,
  score: number,
  range: ScoreRange | null,
): string {
  return scoreBeside(common, score, range && describeRange(common, range));
}

/** A score with its range in figures, e.g. "62 (57–67)", as beside a chart's bar. */
export function formatScoreWithFigures(
  common: CommonCopy,
  score: number,
  range: ScoreRange | null,
): string {
  return scoreBeside(common, score, range && formatRange(common, range));
}

function scoreBeside(common: CommonCopy, score: number, range: string | null): string {
  return range === null
    ? String(score)
    : fillTemplate(common.range.scoreWithRange, { score, range });
}

/** A score out of 100, e.g. "62 / 100". */
export function formatOutOf(common: CommonCopy, score: number): string {
  return fillTemplate(common.scale.outOf, { score });
}
