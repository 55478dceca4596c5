import { useMemo } from 'react';

import { useLocale } from '@/app/_shared/locale-context';
import type { Locale } from '@/lib/i18n/locales';

/** How the history page words a finish time, in the page's language. */
export interface HistoryDates {
  /** A finish time as people read it, e.g. "28 Nov 2026, 09:30". */
  readonly finishedAt: (iso: string) => string;
  /** The day alone, e.g. "28 Nov 2026". */
  readonly day: (iso: string) => string;
  /** A short date for a chart axis, e.g. "28 Nov". */
  readonly axis: (iso: string) => string;
}

/**
 * The languages to word dates in: the browser's own variant of the page's language first (en-GB,
 * es-MX, de-AT order day and month as their readers expect), then the page's language itself. A
 * browser language other than the page's is never used, so a Spanish page says "nov", not "Nov".
 */
export function dateLocales(locale: Locale, browser: readonly string[]): string[] {
  const variants = browser.filter((tag) => tag.toLowerCase().split('-')[0] === locale);
  return [...new Set([...variants, locale])];
}

/** Date formatters in the first of `locales` the browser knows, in the browser's time zone. */
export function historyDates(locales: readonly string[]): HistoryDates {
  const full = new Intl.DateTimeFormat(locales, { dateStyle: 'medium', timeStyle: 'short' });
  const day = new Intl.DateTimeFormat(locales, { dateStyle: 'medium' });
  const brief = new Intl.DateTimeFormat(locales, { day: 'numeric', month: 'short' });
  return {
    finishedAt: (iso) => full.format(new Date(iso)),
    day: (iso) => day.format(new Date(iso)),
    axis: (iso) => brief.format(new Date(iso)),
  };
}

/**
 * The history page's dates in the page's language. The history is only ever rendered in the
 * browser (it lives in local storage), so the browser's languages and time zone are known.
 */
export function useHistoryDates(): HistoryDates {
  const locale = useLocale();
  return useMemo(
    () =>
      historyDates(
        dateLocales(locale, typeof navigator === 'undefined' ? [] : navigator.languages),
      ),
    [locale],
  );
}
