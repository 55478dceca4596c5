import { LOCALES, SOURCE_LOCALE, type Locale } from './locales';

/** Where this browser remembers the language a person chose with the switch. */
export const LANGUAGE_CHOICE_KEY = 'role-fit:language';

/**
 * The script an English page runs before it paints: a person who chose another language with
 * the switch is taken to that language's page, with the query and fragment (a share code, say)
 * kept. English pages are the site's first URLs, so old links open in the chosen language.
 * Storage that cannot be read (a privacy setting) leaves the page in English.
 */
export function languageChoiceScript(locales: readonly Locale[] = LOCALES): string {
  const others = JSON.stringify(locales.filter((locale) => locale !== SOURCE_LOCALE));
  return (
    `try{var l=localStorage.getItem(${JSON.stringify(LANGUAGE_CHOICE_KEY)}),p=location.pathname;` +
    `if(${others}.indexOf(l)>=0)location.replace("/"+l+(p==="/"?"":p)+location.search+location.hash)}catch(e){}`
  );
}
