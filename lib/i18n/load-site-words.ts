import { parseContent } from '@/lib/report/copy/parse-content';

import { SOURCE_LOCALE, type Locale } from './locales';
import { translateContent } from './read-translation';
import { SITE_COPY_FILES, type CopyName, type SiteWords } from './site-copy-files';

const loaded = new Map<Locale, SiteWords>();

/** One copy file in `locale`, validated by its schema; throws naming the file. */
function translateFile<Name extends CopyName>(locale: Locale, name: Name): SiteWords[Name] {
  const { path, schema, english } = SITE_COPY_FILES[name];
  if (locale === SOURCE_LOCALE) return english as SiteWords[Name];
  return parseContent(
    schema,
    translateContent(locale, path, english),
    `questions/i18n/${locale}/${path}`,
  ) as SiteWords[Name];
}

/**
 * Every page's words in a language, each file validated once. Reads translations from disk: for
 * the build (every page is prerendered), the command line and tests. A page hands its client
 * components only the files they use (`pickWords`).
 */
export function loadSiteWords(locale: Locale): SiteWords {
  let words = loaded.get(locale);
  if (!words) {
    const names = Object.keys(SITE_COPY_FILES) as CopyName[];
    words = Object.fromEntries(
      names.map((name) => [name, translateFile(locale, name)]),
    ) as unknown as SiteWords;
    loaded.set(locale, words);
  }
  return words;
}

/** The copy files `names` of `words`: what one page's client components are handed. */
export function pickWords<Name extends CopyName>(
  words: SiteWords,
  names: readonly Name[],
): Pick<SiteWords, Name> {
  return Object.fromEntries(names.map((name) => [name, words[name]])) as Pick<SiteWords, Name>;
}
