import styles from './results.module.css';

/**
 * The outline of the report's headline cards, shown while the answers are read and scored: the
 * page looks like the report it is about to be, and the header above it does not move.
 */
export function ReportSkeleton() {
  return (
    <div className={styles.headline} aria-hidden="true" data-testid="report-skeleton">
      <div className={styles.headlineSide}>
        <div className={`${styles.card} ${styles.skeletonCard}`} data-size="tall">
          <span className={styles.skeletonTitle} />
          <span className={styles.skeletonLine} />
          <span className={styles.skeletonLine} />
          <span className={styles.skeletonBlock} />
        </div>
      </div>
      <div className={styles.headlineSide}>
        {[0, 1].map((card) => (
          <div key={card} className={`${styles.card} ${styles.skeletonCard}`}>
            <span className={styles.skeletonTitle} />
            <span className={styles.skeletonLine} />
            <span className={styles.skeletonLine} />
          </div>
        ))}
      </div>
    </div>
  );
}
