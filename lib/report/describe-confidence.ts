import type { Confidence, ConfidenceLevel } from '@/lib/scoring/profile';

/** The confidence level with a title and a sentence that say what it means for reading the result. */
export interface ConfidenceReport {
  readonly level: ConfidenceLevel;
  readonly title: string;
  readonly meaning: string;
  readonly reasons: Confidence['reasons'];
}

const TITLES: Record<ConfidenceLevel, string> = {
  high: 'High confidence',
  medium: 'Medium confidence',
  low: 'Low confidence',
};

const MEANINGS: Record<ConfidenceLevel, string> = {
  high: 'Your answers were complete and consistent, so the result is as firm as this quiz can make it.',
  medium: 'Read the result as a first sketch: something below makes it less firm than it could be.',
  low: 'Treat the result with care: the answers leave too much open to read it firmly.',
};

export function describeConfidence(confidence: Confidence): ConfidenceReport {
  return {
    level: confidence.level,
    title: TITLES[confidence.level],
    meaning: MEANINGS[confidence.level],
    reasons: confidence.reasons,
  };
}
