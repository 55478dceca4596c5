import type { QuestionBank } from '@/lib/bank/schema';

import type { ResultCopy } from './copy/schema';

/** The reading guide's paragraph on score ranges, with its title. */
export interface RangeGuide {
  readonly title: string;
  readonly paragraph: string;
}

/**
 * What a score's range is, in one paragraph, as true for the bank's scoring rules: rules 1 name a
 * side whatever the ranges say, so the sentence on overlapping ranges differs.
 */
export function describeRangeGuide(
  result: ResultCopy,
  scoring: QuestionBank['scoring'],
): RangeGuide {
  const WORDS = result.rangeGuide;
  return { title: WORDS.title, paragraph: `${WORDS.body} ${WORDS.margin[scoring]}` };
}
