import type { FitProfile } from '@/lib/scoring/profile';
import type { Confidence, ConfidenceLevel } from '@/lib/scoring/profile';

import { fillTemplate } from './copy/fill-template';
import type { ResultWords } from './copy/report-words';
import type { ResultCopy } from './copy/schema';

/** The confidence level with a title and a sentence that say what it means for reading the result. */
export interface ConfidenceReport {
  readonly level: ConfidenceLevel;
  readonly title: string;
  readonly meaning: string;
  readonly reasons: Confidence['reasons'];
}

/** The "how firm is this?" card and section: the level, what it means and what it rests on. */
export interface ConfidenceView extends ConfidenceReport {
  /** The section's heading, e.g. "How firm is this?". */
  readonly heading: string;
  /** The heading with the level, as the exports print it. */
  readonly exportHeading: string;
  /** e.g. "It rests on 28 of the 30 questions of the full form." */
  readonly basis: string;
}

/** The confidence level in words. */
export function describeConfidence(result: ResultCopy, confidence: Confidence): ConfidenceReport {
  const words = result.confidence.levels[confidence.level];
  return {
    level: confidence.level,
    title: words.title,
    meaning: words.meaning,
    reasons: confidence.reasons,
  };
}

/** The confidence of a profile as the page and the exports show it. */
export function buildConfidenceView(
  { common, result }: ResultWords,
  profile: Pick<FitProfile, 'confidence' | 'answered' | 'total' | 'form'>,
): ConfidenceView {
  const WORDS = result.confidence;
  const report = describeConfidence(result, profile.confidence);
  return {
    ...report,
    heading: WORDS.title,
    exportHeading: fillTemplate(WORDS.exportTitle, { level: report.title }),
    basis: fillTemplate(WORDS.basis, {
      answered: profile.answered,
      total: profile.total,
      form: common.forms[profile.form].word,
    }),
  };
}
