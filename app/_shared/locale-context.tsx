'use client';

import { createContext, useCallback, useContext, type ReactNode } from 'react';

import { localePath } from '@/lib/i18n/locale-path';
import { SOURCE_LOCALE, type Locale } from '@/lib/i18n/locales';

const LocaleContext = createContext<Locale>(SOURCE_LOCALE);

/** Gives every link and navigation below it the page's language (the layout sets it). */
export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext value={locale}>{children}</LocaleContext>;
}

/** The language of the page being shown. */
export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/** Turns a site path (`/results#…`) into the same page in the page's language. */
export function useLocalePath(): (path: string) => string {
  const locale = useLocale();
  return useCallback((path: string) => localePath(locale, path), [locale]);
}

/**
 * Turns a site path into a whole link to that page in the page's language, on this site: what a
 * share, compare or team link is. Call the result in the browser (it reads the page's origin).
 */
export function useSiteUrl(): (path: string) => string {
  const locale = useLocale();
  return useCallback(
    (path: string) => `${window.location.origin}${localePath(locale, path)}`,
    [locale],
  );
}
