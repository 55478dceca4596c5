import type { Metadata } from 'next';

import { loadBank } from '@/lib/bank/load-bank';
import { HISTORY_PAGE_COPY as WORDS } from '@/lib/history/history-page-words';

import ui from '@/app/_shared/ui/ui.module.css';

import styles from './history.module.css';
import { HistoryView } from './history-view';

export const metadata: Metadata = WORDS.meta;

export default function HistoryPage() {
  return (
    <div className={`container ${styles.page}`}>
      <header className={styles.intro}>
        <h1>{WORDS.title}</h1>
        <p className={ui.lead}>{WORDS.lead}</p>
      </header>
      <HistoryView bank={loadBank()} />
    </div>
  );
}
