export {
  summariseCompetencyChart,
  summariseFitChart,
  summariseTensionChart,
} from './chart-summaries';
export {
  buildCompetencyRows,
  idealScore,
  importanceWord,
  rankCompetencies,
  type ImportanceWord,
  type CompetencyRow,
} from './competency-rows';
export { describeArchetype, type ArchetypeReport } from './describe-archetype';
export {
  describeArchetypeRanking,
  firstSentence,
  type ArchetypeCloseness,
  type ArchetypeRankingReport,
} from './describe-archetypes';
export { describeFits, type FitReport, type FitsReport } from './describe-fits';
export {
  describeFocusAreas,
  type FocusAreaItem,
  type FocusAreasReport,
} from './describe-focus-areas';
export { describePlacement, describeTensions, type TensionRow } from './describe-tensions';
export { describeFitLevels, fitLevelLabel, type FitLevelBand } from './fit-levels';
export { formatSigned } from './format-number';
export { describeRange, formatRange, formatScoreWithRange } from './format-range';
export { describeRangeGuide, RANGE_LEGEND, type RangeGuide } from './range-guide';
export {
  countReviewed,
  reviewAnswers,
  type ReviewedAnswer,
  type ReviewGroup,
} from './review-answers';
export { describeTarget, ROLE_LABEL } from './role-names';
export { describeConfidence, type ConfidenceReport } from './describe-confidence';
export { isSameAnswerSet } from './same-answers';
