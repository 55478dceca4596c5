import { fillTemplate } from '@/lib/copy/fill-template';
import { formNames } from '@/lib/report/role-names';
import { describeMissingVersion } from '@/lib/versions/bank-lookup';
import { describeEarlierVersion } from '@/lib/versions/describe-earlier-version';

import type { HistoryRow } from './build-history-rows';
import type { HistoryWords } from './history-page-words';

/** An action's name, and the words only a screen reader reads after it to name the entry. */
export interface EntryAction {
  readonly label: string;
  readonly hidden: string;
}

/** An action that is a link: where it goes, e.g. `/results#<code>`. */
export interface EntryLink extends EntryAction {
  readonly href: string;
}

/** Every word of one entry of the history list, but the verdict's headline and the fits. */
export interface HistoryEntryWords {
  /** Set before the date: "On or before " for a result whose exact date is not known, else "". */
  readonly datePrefix: string;
  readonly date: string;
  /** Between the date and the form. */
  readonly separator: string;
  /** The form as a title, e.g. "Full form". */
  readonly form: string;
  /** Why the date is only a bound, for a result carried over from before the history was kept. */
  readonly carriedOver: string | null;
  /** The notice on a result of an earlier version, and the offer to take the quiz again. */
  readonly earlierVersion: { readonly notice: string; readonly retake: string } | null;
  /** The title and sentence for a result of a version that cannot be read here. */
  readonly otherVersion: { readonly title: string; readonly detail: string } | null;
  /** Opens the full result; null when it cannot be scored here. */
  readonly open: EntryLink | null;
  /** Compares with the result just before it; null when there is none. */
  readonly compare: EntryLink | null;
  readonly remove: EntryAction;
}

/** How the page words a finish time: the day alone, or the day and time. */
export interface EntryDateFormats {
  readonly day: (iso: string) => string;
  readonly dayAndTime: (iso: string) => string;
}

/**
 * The words of one history entry. A result carried over from before the history was kept shows
 * its day alone, "on or before", since its time is when it was carried over, not finished.
 * `dates` word the finish times in the language of `words`.
 */
export function describeHistoryEntry(
  words: Pick<HistoryWords, 'common' | 'history' | 'versions'>,
  row: HistoryRow,
  dates: EntryDateFormats,
): HistoryEntryWords {
  const entry = words.history.page.entry;
  const { earlier, missing } = words.versions;
  const date = row.carriedOver ? dates.day(row.finishedAt) : dates.dayAndTime(row.finishedAt);
  const scored = row.kind === 'scored' ? row : null;
  const action = (label: string, hidden: string): EntryAction => ({
    label,
    hidden: fillTemplate(hidden, { date }),
  });
  return {
    datePrefix: row.carriedOver ? entry.carriedOverBefore : '',
    date,
    separator: entry.separator,
    form: formNames(words.common, row.form).title,
    carriedOver: row.carriedOver ? entry.carriedOver : null,
    earlierVersion:
      scored?.earlierVersion === true
        ? {
            notice: describeEarlierVersion(earlier, scored.bankVersion).notice,
            retake: entry.retake,
          }
        : null,
    otherVersion:
      row.kind === 'other-version'
        ? {
            title: entry.otherVersion.title,
            detail: `${describeMissingVersion(missing, entry.otherVersion.what, row.bank.version)} ${entry.otherVersion.kept}`,
          }
        : null,
    open: scored
      ? { ...action(entry.open, entry.openHidden), href: `/results#${scored.shareCode}` }
      : null,
    compare: scored?.compareWithEarlier
      ? {
          ...action(
            fillTemplate(entry.compare, { date: dates.day(scored.compareWithEarlier.finishedAt) }),
            entry.compareHidden,
          ),
          href: `/compare#${scored.compareWithEarlier.compareCode}`,
        }
      : null,
    remove: action(entry.delete, entry.deleteHidden),
  };
}
