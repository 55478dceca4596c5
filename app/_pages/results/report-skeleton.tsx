import { Card, TwoColumn } from '@/app/_shared/ui';

import styles from './results.module.css';

/**
 * The outline of the report's headline cards, shown while the answers are read and scored: the
 * page looks like the report it is about to be, and the header above it does not move.
 */
export function ReportSkeleton() {
  return (
    <TwoColumn
      lean="start"
      className={styles.headline}
      aria-hidden="true"
      data-testid="report-skeleton"
    >
      <Card className={styles.skeleton} data-size="tall" />
      <div className={styles.stack}>
        <Card className={styles.skeleton} />
        <Card className={styles.skeleton} />
      </div>
    </TwoColumn>
  );
}
