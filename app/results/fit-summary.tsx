import { FitChartSlot } from '@/app/_shared/charts/lazy-charts';
import { describeFitLevels, describeFits } from '@/lib/report';
import { FIT_LEVELS, type FitProfile } from '@/lib/scoring';

import styles from './results.module.css';

const TICKS = [0, FIT_LEVELS.emerging, FIT_LEVELS.solid, FIT_LEVELS.strong, 100];

/** The two fits as plain numbers with their ranges first, then as a chart on the 0–100 scale. */
export function FitSummary({ profile }: { profile: Pick<FitProfile, 'fit' | 'fitRange'> }) {
  const fits = describeFits(profile);
  return (
    <section className={`${styles.card} ${styles.fitCard}`} aria-labelledby="fit-title">
      <h2 id="fit-title" className={styles.cardTitle}>
        Your fit for each role
      </h2>
      <dl className={styles.fits}>
        {[fits.cto, fits.cpo].map((fit) => (
          <div key={fit.role} className={styles.fit} data-role={fit.role}>
            <dt>{fit.label}</dt>
            <dd>
              <span className={styles.score} data-testid={`fit-${fit.role}`}>
                {fit.score}
              </span>
              <span className={styles.outOf}> / 100</span>
              <span className={styles.level}>{fit.level}</span>
              <span className={styles.range} data-testid={`fit-range-${fit.role}`}>
                {fit.rangeText}
              </span>
            </dd>
          </div>
        ))}
      </dl>
      <div role="img" aria-label={fits.chartSummary} className={styles.chartBox}>
        <FitChartSlot
          fit={profile.fit}
          ranges={profile.fitRange}
          levels={{ cto: fits.cto.level, cpo: fits.cpo.level }}
          ticks={TICKS}
        />
      </div>
      <p className={styles.small}>{fits.chartNote}</p>
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
