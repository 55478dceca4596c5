import type { ResultSummary } from './build-summary';

/**
 * The fits, competency scores and archetypes as CSV (RFC 4180): a header row, one `fit` row per
 * role, one `competency` row each in bank order, then one `archetype` row each, nearest first,
 * whose score is its similarity. An unmeasured competency has an empty score and range.
 */
export function renderCsv(summary: ResultSummary): string {
  const rows: (string | number | null)[][] = [
    [...summary.csvHeader],
    ...[summary.fits.cto, summary.fits.cpo].map((fit) => [
      'fit',
      fit.role,
      fit.label,
      fit.score,
      summary.answered,
      summary.total,
      null,
      null,
      fit.level,
      fit.range.low,
      fit.range.high,
    ]),
    ...summary.competencies.rows.map((c) => [
      'competency',
      c.id,
      c.name,
      c.score,
      c.answered,
      c.total,
      c.importanceText.cto,
      c.importanceText.cpo,
      null,
      c.range?.low ?? null,
      c.range?.high ?? null,
    ]),
    ...summary.archetypeRanking.archetypes.map((a) => [
      'archetype',
      a.id,
      a.name,
      a.similarity,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]),
  ];
  return rows.map((row) => `${row.map(formatCsvField).join(',')}\r\n`).join('');
}

/** One CSV field: quoted, with quotes doubled, when it holds a comma, a quote or a line break. */
export function formatCsvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
