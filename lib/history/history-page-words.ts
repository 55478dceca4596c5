import { fillPlural, fillTemplate } from '@/lib/copy/fill-template';
import { COMMON_COPY } from '@/lib/report/copy/common-copy';
import { HISTORY_COPY } from '@/lib/report/copy/history-copy';
import type { PerRole } from '@/lib/scoring';

/** The history page's words, from `questions/report-copy/history.json` (`page`). */
export const HISTORY_PAGE_COPY = HISTORY_COPY.page;

/** Each fit's name as a label, e.g. "CTO fit". */
export const FIT_NAMES: PerRole<string> = {
  cto: fillTemplate(COMMON_COPY.roleFit, { role: COMMON_COPY.roles.cto }),
  cpo: fillTemplate(COMMON_COPY.roleFit, { role: COMMON_COPY.roles.cpo }),
};

/** The fit-over-time chart's data table: its caption and column names. */
export const TREND_TABLE = {
  caption: fillTemplate(HISTORY_PAGE_COPY.chart.tableCaption, COMMON_COPY.roles),
  columns: [HISTORY_PAGE_COPY.chart.finished, FIT_NAMES.cto, FIT_NAMES.cpo],
} as const;

/** The list's heading for `count` results, e.g. "3 results, newest first". */
export function describeListTitle(count: number): string {
  return fillPlural(HISTORY_PAGE_COPY.list.title, count, { count });
}

/**
 * What an exported file holds: `count` results, and a word on the `unreadable` entries it leaves
 * out, if any.
 */
export function describeExportSummary(count: number, unreadable: number): string {
  const { summary, left } = HISTORY_PAGE_COPY.export;
  const leftOut = unreadable > 0 ? fillPlural(left, unreadable, { count: unreadable }) : '';
  return fillPlural(summary, count, { count, left: leftOut });
}

/** The heading and explanation over `count` stored entries that could not be read. */
export function describeUnreadable(count: number): { title: string; body: string } {
  const { title, body } = HISTORY_PAGE_COPY.unreadable;
  return { title: fillPlural(title, count, { count }), body: fillPlural(body, count, { count }) };
}

/** The notice after one result was deleted; `date` is its finish time as the page words it. */
export function describeDeletedEntry(date: string): string {
  return fillTemplate(HISTORY_PAGE_COPY.notices.deleted, { date });
}

/** Why one stored entry could not be read, as the decoder put it. */
export function describeUnreadableReason(reason: string): string {
  return fillTemplate(HISTORY_PAGE_COPY.unreadable.reason, { reason });
}

/** The heading of the problems that kept the file `name` from being imported. */
export function describeImportRefused(name: string): string {
  return fillTemplate(HISTORY_PAGE_COPY.import.refused, { name });
}
