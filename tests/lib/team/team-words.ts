import { loadSiteWords } from '@/lib/i18n/load-site-words';
import { loadTranslatedCopy } from '@/lib/i18n/load-translated-copy';
import type { Locale } from '@/lib/i18n/locales';
import { TEAM_COPY } from '@/lib/team/team-copy';
import type { TeamWords } from '@/lib/team/team-words';
import { ENGLISH_WORDS } from '@/tests/support/english-words';

/** The English words of a team map, as the English page passes them. */
export const ENGLISH_TEAM_WORDS: TeamWords = { ...ENGLISH_WORDS, team: TEAM_COPY };

/** The words of a team map in a language, as the page and the command line read them. */
export function teamWordsIn(locale: Locale): TeamWords {
  return { ...loadTranslatedCopy(locale), team: loadSiteWords(locale).team };
}
