import type { QuestionBank } from '@/lib/bank/schema';

import type { ResultWords } from './copy/report-words';
import type { ResultCopy } from './copy/schema';
import { describeFitLevels, type FitLevelBand } from './fit-levels';
import { describeRangeGuide, type RangeGuide } from './range-guide';

/** What the numbers mean and what they do not, with the table of fit levels. */
export interface ReadingGuideView {
  readonly title: string;
  /** The scale in a sentence, with its key words in bold. */
  readonly scale: ResultCopy['readingGuide']['scale'];
  readonly weights: string;
  readonly range: RangeGuide;
  readonly caution: string;
  readonly levels: {
    readonly caption: string;
    readonly columns: { readonly fit: string; readonly level: string; readonly meaning: string };
    readonly bands: readonly FitLevelBand[];
  };
}

/** The reading guide, as true for the bank's scoring rules. */
export function buildReadingGuide(
  words: ResultWords,
  scoring: QuestionBank['scoring'],
): ReadingGuideView {
  const WORDS = words.result.readingGuide;
  const { caption, ...columns } = WORDS.levels;
  return {
    title: WORDS.title,
    scale: WORDS.scale,
    weights: WORDS.weights,
    range: describeRangeGuide(words.result, scoring),
    caution: WORDS.caution,
    levels: { caption, columns, bands: describeFitLevels(words.common) },
  };
}
