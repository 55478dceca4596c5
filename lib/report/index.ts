export {
  summariseCompetencyChart,
  summariseFitChart,
  summariseTensionChart,
} from './chart-summaries';
export {
  buildCompetencyRows,
  idealScore,
  importanceText,
  importanceWord,
  rankCompetencies,
  type ImportanceWord,
  type CompetencyRow,
} from './competency-rows';
export { fillPlural, fillTemplate, type TemplateValues } from './copy/fill-template';
export { COMMON_COPY } from './copy/common-copy';
export { REPORT_COPY } from './copy/report-copy';
export { RESULT_COPY } from './copy/result-copy';
export type { ReportWords, ResultWords } from './copy/report-words';
export type { CommonCopy, ReportCopy, ResultCopy } from './copy/schema';
export {
  buildNearestArchetypeView,
  describeArchetype,
  type ArchetypeReport,
  type NearestArchetypeView,
} from './describe-archetype';
export {
  describeArchetypeRanking,
  firstSentence,
  type ArchetypeCloseness,
  type ArchetypeRankingReport,
} from './describe-archetypes';
export { buildCompetenciesView, type CompetenciesView } from './describe-competencies';
export {
  buildConfidenceView,
  describeConfidence,
  type ConfidenceReport,
  type ConfidenceView,
} from './describe-confidence';
export { describeFit, describeFits, type FitReport, type FitsReport } from './describe-fits';
export {
  describeFocusAreas,
  type FocusAreaItem,
  type FocusAreasReport,
  type FocusList,
} from './describe-focus-areas';
export {
  buildAnswerReview,
  type AnswerReviewView,
  type ReviewGroupView,
  type ReviewRow,
} from './describe-review';
export {
  buildTensionsView,
  describePlacement,
  describeTensions,
  type TensionRow,
  type TensionsView,
} from './describe-tensions';
export * from './fit-levels';
export { formatSigned } from './format-number';
export {
  describeRange,
  formatOutOf,
  formatRange,
  formatScoreWithFigures,
  formatScoreWithRange,
} from './format-range';
export { buildReadingGuide, type ReadingGuideView } from './reading-guide';
export { describeRangeGuide, type RangeGuide } from './range-guide';
export { buildResultView, type ResultView } from './result-view';
export { describeImportedNotice, type ResultsHeader } from './results-header';
export {
  countReviewed,
  reviewAnswers,
  type ReviewedAnswer,
  type ReviewGroup,
} from './review-answers';
export { describeTarget, formNames } from './role-names';
export { isSameAnswerSet } from './same-answers';
