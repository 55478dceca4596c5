import { fillPlural, fillTemplate } from '@/lib/copy/fill-template';
import type { CommonCopy, HistoryCopy } from '@/lib/report/copy/schema';
import type { PerRole } from '@/lib/scoring';
import type { ScoringCopy } from '@/lib/scoring/copy-schema';
import type { VersionsCopy } from '@/lib/versions/copy-schema';

/**
 * The history page's words in one language: its own (`questions/report-copy/history.json`), what
 * every report says (role and form names), the verdicts' and the versions' words. Each function
 * takes the part it reads, so a page hands it the words of its language.
 */
export interface HistoryWords {
  readonly common: CommonCopy;
  readonly history: HistoryCopy;
  readonly scoring: ScoringCopy;
  readonly versions: VersionsCopy;
}

/** Each fit's name as a label, e.g. "CTO fit". */
export function fitNames(words: Pick<HistoryWords, 'common'>): PerRole<string> {
  const { roleFit, roles } = words.common;
  return {
    cto: fillTemplate(roleFit, { role: roles.cto }),
    cpo: fillTemplate(roleFit, { role: roles.cpo }),
  };
}

/** The fit-over-time chart's data table: its caption and column names. */
export function trendTable(words: Pick<HistoryWords, 'common' | 'history'>): {
  caption: string;
  columns: readonly [string, string, string];
} {
  const { chart } = words.history.page;
  const names = fitNames(words);
  return {
    caption: fillTemplate(chart.tableCaption, words.common.roles),
    columns: [chart.finished, names.cto, names.cpo],
  };
}

/** The list's heading for `count` results, e.g. "3 results, newest first". */
export function describeListTitle(words: Pick<HistoryWords, 'history'>, count: number): string {
  return fillPlural(words.history.page.list.title, count, { count });
}

/**
 * What an exported file holds: `count` results, and a word on the `unreadable` entries it leaves
 * out, if any.
 */
export function describeExportSummary(
  words: Pick<HistoryWords, 'history'>,
  count: number,
  unreadable: number,
): string {
  const { summary, left } = words.history.page.export;
  const leftOut = unreadable > 0 ? fillPlural(left, unreadable, { count: unreadable }) : '';
  return fillPlural(summary, count, { count, left: leftOut });
}

/** The heading and explanation over `count` stored entries that could not be read. */
export function describeUnreadable(
  words: Pick<HistoryWords, 'history'>,
  count: number,
): { title: string; body: string } {
  const { title, body } = words.history.page.unreadable;
  return { title: fillPlural(title, count, { count }), body: fillPlural(body, count, { count }) };
}

/** The notice after one result was deleted; `date` is its finish time as the page words it. */
export function describeDeletedEntry(words: Pick<HistoryWords, 'history'>, date: string): string {
  return fillTemplate(words.history.page.notices.deleted, { date });
}

/** Why one stored entry could not be read, as the decoder put it. */
export function describeUnreadableReason(
  words: Pick<HistoryWords, 'history'>,
  reason: string,
): string {
  return fillTemplate(words.history.page.unreadable.reason, { reason });
}

/** The heading of the problems that kept the file `name` from being imported. */
export function describeImportRefused(words: Pick<HistoryWords, 'history'>, name: string): string {
  return fillTemplate(words.history.page.import.refused, { name });
}
