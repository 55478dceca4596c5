/**
 * The languages Role Fit is written in. English is the source of every text (`questions/`); each
 * other language is a folder of translations, `questions/i18n/<code>/`, and one line here
 * (decision 027).
 */
export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'es', name: 'Español' },
  { code: 'de', name: 'Deutsch' },
] as const;

/** A language's code, as in `lang` and `--lang`. */
export type Locale = (typeof LANGUAGES)[number]['code'];

/** The language every text is first written in. */
export const SOURCE_LOCALE: Locale = 'en';

/** Every language's code, the source first. */
export const LOCALES: readonly Locale[] = LANGUAGES.map((language) => language.code);

/** Whether a string names one of the languages. */
export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}
