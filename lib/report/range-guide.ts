import type { QuestionBank } from '@/lib/bank/schema';

import { RESULT_COPY } from './copy/result-copy';

/** The reading guide's paragraph on score ranges, with its title. */
export interface RangeGuide {
  readonly title: string;
  readonly paragraph: string;
}

const WORDS = RESULT_COPY.rangeGuide;

/**
 * What a score's range is, in one paragraph, as true for the bank's scoring rules: rules 1 name a
 * side whatever the ranges say, so the sentence on overlapping ranges differs.
 */
export function describeRangeGuide(scoring: QuestionBank['scoring']): RangeGuide {
  return { title: WORDS.title, paragraph: `${WORDS.body} ${WORDS.margin[scoring]}` };
}

/** The legend entry for the bracket that marks a range on a chart. */
export const RANGE_LEGEND = WORDS.legend;
