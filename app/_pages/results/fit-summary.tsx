import { FitChartSlot } from '@/app/_shared/charts/lazy-charts';
import { Card } from '@/app/_shared/ui/card';
import type { FitsReport } from '@/lib/report/describe-fits';

import ui from '@/app/_shared/ui/ui.module.css';

import styles from './results.module.css';

/** The two fits as plain numbers with their ranges first, then as a chart on the 0–100 scale. */
export function FitSummary({ fits }: { fits: FitsReport }) {
  const { cto, cpo } = fits;
  return (
    <Card as="section" aria-labelledby="fit-title">
      <h2 id="fit-title" className={styles.cardTitle}>
        {fits.title}
      </h2>
      <dl className={`${ui.pair} ${styles.notes}`}>
        {[cto, cpo].map((fit) => (
          <div key={fit.role} className={ui.toned} data-role={fit.role}>
            <dt>{fit.label}</dt>
            <dd>
              <span className={styles.score} data-testid={`fit-${fit.role}`}>
                {fit.score}
              </span>
              <span className={styles.outOf}>{fits.outOfSuffix}</span>
            </dd>
            <dd>
              <strong>{fit.level}</strong>
            </dd>
            <dd className={ui.muted} data-testid={`fit-range-${fit.role}`}>
              {fit.rangeLabel}
            </dd>
          </div>
        ))}
      </dl>
      <div role="img" aria-label={fits.chartSummary} className={styles.chartBox}>
        <FitChartSlot
          fit={{ cto: cto.score, cpo: cpo.score }}
          ranges={{ cto: cto.range, cpo: cpo.range }}
          levels={{ cto: cto.level, cpo: cpo.level }}
          ticks={fits.ticks}
        />
      </div>
      <p className={ui.muted}>{fits.chartNote}</p>
      <ul className={`${ui.key} ${styles.levelKey}`} aria-label={fits.levelsLabel}>
        {fits.levels.map((band) => (
          <li key={band.level} className={ui.pill} data-level={band.level}>
            <strong>{band.range}</strong> {band.label.toLowerCase()}
          </li>
        ))}
      </ul>
    </Card>
  );
}
