import type { QuestionBank } from '@/lib/bank/schema';
import type { FitProfile } from '@/lib/scoring/profile';

import type { ResultWords } from './copy/report-words';
import { buildConfidenceView, type ConfidenceView } from './describe-confidence';
import { buildCompetenciesView, type CompetenciesView } from './describe-competencies';
import { buildNearestArchetypeView, type NearestArchetypeView } from './describe-archetype';
import { describeArchetypeRanking, type ArchetypeRankingReport } from './describe-archetypes';
import { describeFits, type FitsReport } from './describe-fits';
import { describeFocusAreas, type FocusAreasReport } from './describe-focus-areas';
import { buildTensionsView, type TensionsView } from './describe-tensions';
import { buildReadingGuide, type ReadingGuideView } from './reading-guide';

/**
 * Everything a report of one result shows, section by section: every sentence, every number
 * and every decision (levels, thresholds, ideals, what was not measured). The results page lays
 * out its sections, and every export renders the same model, so the two cannot disagree.
 */
export interface ResultView {
  readonly fits: FitsReport;
  readonly readingGuide: ReadingGuideView;
  readonly confidence: ConfidenceView;
  readonly archetype: NearestArchetypeView;
  readonly archetypeRanking: ArchetypeRankingReport;
  readonly competencies: CompetenciesView;
  readonly focusAreas: FocusAreasReport;
  readonly tensions: TensionsView;
}

/**
 * The view of a profile scored with `bank`, said in `words`. Each section also has a builder of its own, which
 * the page's sections call when they load, so that the first script carries only the headline's.
 */
export function buildResultView(
  words: ResultWords,
  bank: QuestionBank,
  profile: FitProfile,
): ResultView {
  return {
    fits: describeFits(words, profile),
    readingGuide: buildReadingGuide(words, bank.scoring),
    confidence: buildConfidenceView(words, profile),
    archetype: buildNearestArchetypeView(words, bank, profile),
    archetypeRanking: describeArchetypeRanking(words, bank, profile),
    competencies: buildCompetenciesView(words, bank, profile),
    focusAreas: describeFocusAreas(words, bank, profile),
    tensions: buildTensionsView(words, bank, profile),
  };
}
