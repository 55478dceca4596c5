import { isLocale, SOURCE_LOCALE, type Locale } from './locales';

/**
 * A page's path in a language: English keeps the site's first URLs (`/quiz`), so every link made
 * before there were languages still opens; another language is a folder (`/es/quiz`).
 */
export function localePath(locale: Locale, path: string): string {
  if (locale === SOURCE_LOCALE || !path.startsWith('/')) return path;
  return path === '/' ? `/${locale}` : `/${locale}${path}`;
}

/** A path's language and the page it names, whatever language it is in: `/es/quiz` → es, `/quiz`. */
export function splitLocalePath(path: string): { locale: Locale; page: string } {
  const [, first = '', ...rest] = path.split('/');
  if (first !== SOURCE_LOCALE && isLocale(first)) {
    return { locale: first, page: `/${rest.join('/')}` };
  }
  return { locale: SOURCE_LOCALE, page: path };
}
