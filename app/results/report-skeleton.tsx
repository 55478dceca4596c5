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
      <div className={styles.headlineSide}>
        <Card className={styles.skeleton} data-size="tall">
          <span />
          <span />
          <span />
          <span />
        </Card>
      </div>
      <div className={styles.headlineSide}>
        {[0, 1].map((card) => (
          <Card key={card} className={styles.skeleton}>
            <span />
            <span />
            <span />
          </Card>
        ))}
      </div>
    </TwoColumn>
  );
}
