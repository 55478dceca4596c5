import { notFound } from 'next/navigation';

import { isLocale, LOCALES, SOURCE_LOCALE, type Locale } from '@/lib/i18n/locales';

/** What Next.js gives a page or layout under `app/[locale]/`. */
export interface LocaleProps {
  readonly params: Promise<{ locale: string }>;
}

/** The languages with a folder of their own (`/es/…`); English is at the site's first URLs. */
export const TRANSLATED_LOCALES: readonly Locale[] = LOCALES.filter(
  (locale) => locale !== SOURCE_LOCALE,
);

/** The language a `[locale]` route names; any other folder name is a page that does not exist. */
export async function localeOf({ params }: LocaleProps): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale) || locale === SOURCE_LOCALE) notFound();
  return locale;
}
