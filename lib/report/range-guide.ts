import type { QuestionBank } from '@/lib/bank/schema';

/** The reading guide's paragraph on score ranges, with its title. */
export interface RangeGuide {
  readonly title: string;
  readonly paragraph: string;
}

const TITLE = 'Why each score has a range';

const BODY =
  'Every score comes with a range: where it probably lies, given your answers (nine times in ten). ' +
  'A score rests on only a handful of answers, so it cannot be exact. The range is worked out ' +
  'from how consistent the answers behind it are: answers that agree with each other give a ' +
  'narrow range, answers that pull different ways a wide one. So a 61 and a 58 whose ranges ' +
  'overlap may not differ at all; read them as about the same.';

// Scoring rules 1 name a side whatever the ranges say (their figures never change), so that
// sentence would not hold for a result taken with the first version of the quiz.
const MARGIN: Record<QuestionBank['scoring'], string> = {
  1: 'When your CTO and CPO ranges overlap, read the lean between them as within the margin, whatever side the headline names.',
  2: 'When your CTO and CPO ranges overlap, the result says that your lean is within the margin rather than naming a side.',
};

/** What a score's range is, in one paragraph, as true for the bank's scoring rules. */
export function describeRangeGuide(scoring: QuestionBank['scoring']): RangeGuide {
  return { title: TITLE, paragraph: `${BODY} ${MARGIN[scoring]}` };
}

/** The legend entry for the bracket that marks a range on a chart. */
export const RANGE_LEGEND = 'Range: where the score probably lies';
