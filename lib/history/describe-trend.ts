import { fillPlural, fillTemplate } from '@/lib/copy/fill-template';
import type { PerRole } from '@/lib/scoring';

import type { HistoryRow } from './build-history-rows';
import type { HistoryWords } from './history-page-words';

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
 * where each fit started and ended, in `words`' language. `dateLabel` words a date (the page
 * passes its formatter, in the same language).
 */
export function describeTrend(
  words: Pick<HistoryWords, 'common' | 'history'>,
  points: readonly TrendPoint[],
  dateLabel: (iso: string) => string,
): string {
  const trend = words.history.trend;
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last || points.length < 2) return trend.tooFew;
  const change = (role: 'cto' | 'cpo') => {
    const from = first.fit[role];
    const to = last.fit[role];
    const name = words.common.roles[role];
    if (from === to) return fillTemplate(trend.stayed, { role: name, score: to });
    const by = Math.abs(to - from);
    return fillPlural(to > from ? trend.rose : trend.fell, by, { role: name, from, to, by });
  };
  return fillTemplate(trend.summary, {
    count: points.length,
    from: dateLabel(first.finishedAt),
    to: dateLabel(last.finishedAt),
    cto: change('cto'),
    cpo: change('cpo'),
  });
}
