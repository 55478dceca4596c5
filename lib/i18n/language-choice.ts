import { LOCALES, SOURCE_LOCALE, type Locale } from './locales';

/** Where this browser remembers the language a person chose with the switch. */
export const LANGUAGE_CHOICE_KEY = 'role-fit:language';

/**
 * The script a page in `locale` runs before it paints: a person who chose another language with
 * the switch is taken to this page in that language, with the query and the fragment (a share
 * code, say) kept. So every link, the site's first English ones included, opens in the language
 * a person chose; without a choice, a link opens in the language it was made in. Storage that
 * cannot be read (a privacy setting) leaves the page as it is.
 */
export function languageChoiceScript(locale: Locale, locales: readonly Locale[] = LOCALES): string {
  const json = JSON.stringify;
  return (
    `try{var l=localStorage.getItem(${json(LANGUAGE_CHOICE_KEY)}),s=${json(SOURCE_LOCALE)},` +
    `c=${json(locale)},p=location.pathname;` +
    `if(l!==null&&l!==c&&${json(locales)}.indexOf(l)>=0){if(c!==s)p=p.slice(c.length+1)||"/";` +
    `location.replace((l===s?"":"/"+l)+(l!==s&&p==="/"?"":p)+location.search+location.hash)}}` +
    `catch(e){}`
  );
}
