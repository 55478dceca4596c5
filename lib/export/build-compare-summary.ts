// The exports of a comparison read the comparison's one view model, built in `lib/compare`; these
// are its names as the export layer and the command line know them.
export {
  buildComparisonView as buildCompareSummary,
  type ComparisonOptions as CompareOptions,
  type ComparisonPerson as CompareSummaryPerson,
} from '@/lib/compare/build-comparison-view';
export type {
  ComparedPersonView as ComparedPersonSummary,
  ComparedTension as CompareTension,
  ComparisonView as CompareSummary,
} from '@/lib/compare/comparison-view';
