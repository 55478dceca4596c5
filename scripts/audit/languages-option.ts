import { isLocale, LOCALES, SOURCE_LOCALE, type Locale } from '@/lib/i18n/locales';

/**
 * The languages `--languages en,es` asks the audit for, in LOCALES order; all of them when the
 * option is absent. English is always among them: every other language's page is measured
 * against it. Throws, naming the languages there are, on a code that is not one.
 */
export function parseLanguagesOption(value: string | undefined): Locale[] {
  if (value === undefined) return [...LOCALES];
  const codes = value
    .split(',')
    .map((code) => code.trim())
    .filter((code) => code !== '');
  const unknown = codes.filter((code) => !isLocale(code));
  if (unknown.length > 0 || codes.length === 0) {
    throw new Error(
      `--languages takes a comma-separated list of ${LOCALES.join(', ')}; got "${value}"`,
    );
  }
  return LOCALES.filter((locale) => locale === SOURCE_LOCALE || codes.includes(locale));
}
