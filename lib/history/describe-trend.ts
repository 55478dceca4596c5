import type { PerRole } from '@/lib/scoring';

import type { HistoryRow } from './build-history-rows';

/** One point of the fit-over-time chart. */
export interface TrendPoint {
  readonly id: string;
  readonly finishedAt: string;
  readonly fit: PerRole<number>;
}

/** The scored results, oldest first: the chart's points. */
export function trendPoints(rows: readonly HistoryRow[]): TrendPoint[] {
  return rows
    .flatMap((row) =>
      row.kind === 'scored' ? [{ id: row.id, finishedAt: row.finishedAt, fit: row.fit }] : [],
    )
    .sort((a, b) => Date.parse(a.finishedAt) - Date.parse(b.finishedAt));
}

/**
 * The chart in a sentence, for its text alternative: how many results, over which dates, and
 * where each fit started and ended. `dateLabel` words a date (the page passes its formatter).
 */
export function describeTrend(
  points: readonly TrendPoint[],
  dateLabel: (iso: string) => string,
): string {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last || points.length < 2) return 'Not enough results to show a change yet.';
  const change = (role: 'cto' | 'cpo', name: string) => {
    const from = first.fit[role];
    const to = last.fit[role];
    if (from === to) return `${name} fit stayed at ${to}`;
    const by = Math.abs(to - from);
    return `${name} fit ${to > from ? 'rose' : 'fell'} from ${from} to ${to} (${by} ${by === 1 ? 'point' : 'points'})`;
  };
  return `Line chart of your CTO and CPO fit over ${points.length} results, from ${dateLabel(first.finishedAt)} to ${dateLabel(last.finishedAt)}: ${change('cto', 'CTO')}; ${change('cpo', 'CPO')}.`;
}
