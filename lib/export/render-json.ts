import type { Answers, Form } from '@/lib/answers/schema';
import type { FitProfile } from '@/lib/scoring';

import type { ResultSummary } from './build-summary';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION } from './export-format';

/** An export file as written; `decodeExportFile` reads it back. */
export interface ExportFile {
  readonly format: typeof EXPORT_FORMAT;
  readonly formatVersion: typeof EXPORT_FORMAT_VERSION;
  readonly bank: { readonly id: string; readonly version: number };
  readonly form: Form;
  readonly answers: Answers;
  /** For people and other tools to read; an import recomputes it from the answers. */
  readonly profile: FitProfile;
  readonly exportedAt: string;
}

/**
 * The export file: the answers that produced the summary, with the profile for reference. Keys
 * come in a fixed order and answers sorted by question id, so the same result always gives the
 * same text.
 */
export function renderJson(summary: ResultSummary, answers: Answers): string {
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    bank: { id: summary.bank.id, version: summary.bank.version },
    form: summary.form,
    answers: sortAnswers(answers),
    profile: summary.profile,
    exportedAt: summary.date,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function sortAnswers(answers: Answers): Answers {
  return Object.fromEntries(
    Object.entries(answers).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}
