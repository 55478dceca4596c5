import type { Metadata } from 'next';

import { PageWordsFor } from '@/app/_shared/page-words-for';
import ui from '@/app/_shared/ui/ui.module.css';
import { loadSiteWords } from '@/lib/i18n/load-site-words';
import { loadCurrentBank } from '@/lib/i18n/load-translated-bank';
import type { Locale } from '@/lib/i18n/locales';

import styles from './history.module.css';
import { HistoryView } from './history-view';

/** The history page's title and description in a language. */
export function historyMetadata(locale: Locale): Metadata {
  return loadSiteWords(locale).history.page.meta;
}

/** The history page in a language. */
export function HistoryPage({ locale }: { locale: Locale }) {
  const { title, lead } = loadSiteWords(locale).history.page;
  return (
    <div className={`container ${styles.page}`}>
      <header className={styles.intro}>
        <h1>{title}</h1>
        <p className={ui.lead}>{lead}</p>
      </header>
      <PageWordsFor
        locale={locale}
        names={['common', 'history', 'result', 'scoring', 'versions', 'decoders']}
      >
        <HistoryView bank={loadCurrentBank(locale)} />
      </PageWordsFor>
    </div>
  );
}
