import type { Metadata } from 'next';

import { loadBank } from '@/lib/bank/load-bank';

import ui from '@/app/_shared/ui/ui.module.css';

import styles from './history.module.css';
import { HistoryView } from './history-view';

export const metadata: Metadata = {
  title: 'Your history',
  description:
    'Every result you finish is kept in this browser, so that you can take the quiz again later and see what changed.',
};

export default function HistoryPage() {
  return (
    <div className={`container ${styles.page}`}>
      <header className={styles.intro}>
        <h1>Your history</h1>
        <p className={ui.lead}>
          Every time you finish the quiz, the result is kept here with its date, so that you can
          take it again in a few months and see what moved. It lives in this browser only; export it
          to carry it to another one.
        </p>
      </header>
      <HistoryView bank={loadBank()} />
    </div>
  );
}
