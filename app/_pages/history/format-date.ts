// In the browser's own language and time zone; the history is only ever rendered in the browser.
const full = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const brief = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });

/** A finish time as people read it, e.g. "28 Nov 2026, 09:30". */
export function formatFinishedAt(iso: string): string {
  return full.format(new Date(iso));
}

/** The day alone, e.g. "28 Nov 2026". */
export function formatDay(iso: string): string {
  return day.format(new Date(iso));
}

/** A short date for a chart axis, e.g. "28 Nov". */
export function formatAxisDate(iso: string): string {
  return brief.format(new Date(iso));
}
