import { FitChartSlot } from '@/app/components/charts/lazy-charts';
import { describeFitLevels, fitLevelLabel, summariseFitChart } from '@/lib/report';
import { FIT_LEVELS } from '@/lib/scoring';

import styles from './results.module.css';

const TICKS = [0, FIT_LEVELS.emerging, FIT_LEVELS.solid, FIT_LEVELS.strong, 100];

/** The two fits as plain numbers first, then as a chart on the 0–100 scale. */
export function FitSummary({ fit }: { fit: { cto: number; cpo: number } }) {
  const levels = { cto: fitLevelLabel(fit.cto), cpo: fitLevelLabel(fit.cpo) };
  return (
    <section className={`${styles.card} ${styles.fitCard}`} aria-labelledby="fit-title">
      <h2 id="fit-title" className={styles.cardTitle}>
        Your fit for each role
      </h2>
      <dl className={styles.fits}>
        {(['cto', 'cpo'] as const).map((role) => (
          <div key={role} className={styles.fit} data-role={role}>
            <dt>{role === 'cto' ? 'CTO fit' : 'CPO fit'}</dt>
            <dd>
              <span className={styles.score} data-testid={`fit-${role}`}>
                {fit[role]}
              </span>
              <span className={styles.outOf}> / 100</span>
              <span className={styles.level}>{levels[role]}</span>
            </dd>
          </div>
        ))}
      </dl>
      <div role="img" aria-label={summariseFitChart(fit)} className={styles.chartBox}>
        <FitChartSlot fit={fit} levels={levels} ticks={TICKS} />
      </div>
      <p className={styles.small}>
        The vertical lines mark where each level starts; the CPO bar is hatched.
      </p>
      <ul className={styles.levelKey} aria-label="Fit levels">
        {describeFitLevels().map((band) => (
          <li key={band.level} data-level={band.level}>
            <strong>{band.range}</strong> {band.label.toLowerCase()}
          </li>
        ))}
      </ul>
    </section>
  );
}
