import type { Metadata } from 'next';

import { PageWordsFor } from '@/app/_shared/page-words-for';
import { loadSiteWords } from '@/lib/i18n/load-site-words';
import { loadCurrentBank } from '@/lib/i18n/load-translated-bank';
import { loadTranslatedPairing } from '@/lib/i18n/load-translated-guides';
import type { Locale } from '@/lib/i18n/locales';

import { TeamView } from './team-view';

/** The team map page's title and description in a language. */
export function teamMetadata(locale: Locale): Metadata {
  return loadSiteWords(locale).team.metadata;
}

const TEAM_WORDS = ['common', 'team', 'result', 'scoring', 'versions', 'decoders'] as const;

/** The team map page in a language. */
export function TeamPage({ locale }: { locale: Locale }) {
  const bank = loadCurrentBank(locale);
  return (
    // What the team map's builder reads (TeamWords), and nothing of another page's.
    <PageWordsFor locale={locale} names={TEAM_WORDS}>
      <TeamView bank={bank} content={loadTranslatedPairing(bank, locale)} />
    </PageWordsFor>
  );
}
