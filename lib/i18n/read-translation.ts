import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { SOURCE_LOCALE, type Locale } from './locales';
import { applyTexts, type TextMap } from './text-paths';

/**
 * Where the content lives: English in `questions/`, each translation in `questions/i18n/<code>/`.
 * Node, tsx and vitest know this module's folder; Next.js's server bundle does not, and builds
 * from the project's root.
 */
export const QUESTIONS_DIR =
  typeof import.meta.dirname === 'string'
    ? join(import.meta.dirname, '../../questions')
    : // eslint-disable-next-line no-restricted-globals -- only the build's bundle gets here
      join(process.cwd(), 'questions');

/** A language's translation of one content file (a path in `questions/`), read from disk. */
export function readTranslation(locale: Locale, contentPath: string): TextMap {
  return JSON.parse(
    readFileSync(join(QUESTIONS_DIR, 'i18n', locale, contentPath), 'utf8'),
  ) as TextMap;
}

/**
 * A content file in a language: the English file itself, or it with the language's texts put in.
 * For Node (the command line, the build, tests): the browser gets its words from the server.
 */
export function translateContent<T>(locale: Locale, contentPath: string, english: T): T {
  return locale === SOURCE_LOCALE
    ? english
    : applyTexts(english, readTranslation(locale, contentPath));
}
