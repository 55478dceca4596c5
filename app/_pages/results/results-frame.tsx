import type { ReactNode } from 'react';

import type { ResultsHeader } from '@/lib/report/results-header';

import ui from '@/app/_shared/ui/ui.module.css';

import styles from './results.module.css';

export type { ResultsHeader };

/**
 * The frame of every state of the results page. Each state renders the same header elements and
 * changes only their words, so the header the server paints stays in place and the verdict takes
 * its place rather than appearing as new content (which would be a later Largest Contentful Paint).
 */
export function ResultsFrame({
  header,
  state,
  children,
}: {
  header: ResultsHeader;
  /**
   * `reading` before the answers are scored, `report` once they are (what the print
   * styles look for); both keep two lines for the verdict. `message` for the other states.
   */
  state: 'reading' | 'report' | 'message';
  children: ReactNode;
}) {
  return (
    <div className={`container ${STATE_CLASSES[state]}`}>
      <header className={styles.intro}>
        <p className={ui.eyebrow}>{header.eyebrow}</p>
        <h1 className={styles.verdict}>{header.title}</h1>
        <p className={ui.lead}>{header.lead}</p>
      </header>
      {children}
    </div>
  );
}

const STATE_CLASSES = {
  reading: `${styles.loading} ${styles.reading}`,
  report: styles.report,
  message: styles.loading,
};
