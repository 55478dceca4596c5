export {
  buildSummary,
  describeEarlierResult,
  summariseProfile,
  type EarlierVersionWords,
  type ResultSummary,
  type SummaryOptions,
} from './build-summary';
export { decodeExportFile, exportFileSchema, type ImportedResult } from './decode-export-file';
export { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, EXPORT_MAX_BYTES } from './export-format';
export { findUnsafeKeys, type UnsafeKeys } from '@/lib/codecs/find-unsafe-keys';
export { formatCsvField, renderCsv } from './render-csv';
export { renderJson, type ExportFile } from './render-json';
export { renderMarkdown } from './render-markdown';
export {
  buildCompareSummary,
  type CompareOptions,
  type CompareSummary,
  type CompareTension,
  type ComparedPersonSummary,
} from './build-compare-summary';
export { renderCompareMarkdown } from './render-compare-markdown';
