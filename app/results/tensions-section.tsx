import { TensionChartSlot } from '@/app/_shared/charts/lazy-charts';
import type { QuestionBank } from '@/lib/bank/schema';
import { describeTensions, summariseTensionChart } from '@/lib/report';
import type { FitProfile } from '@/lib/scoring';

import styles from './results.module.css';

/** The six tensions between technology and product: where the person sits, and what defuses each. */
export function TensionsSection({ bank, profile }: { bank: QuestionBank; profile: FitProfile }) {
  const rows = describeTensions(bank, profile);
  return (
    <section className={styles.section} aria-labelledby="tensions-title">
      <h2 id="tensions-title">Where you stand on the {rows.length} tensions</h2>
      <p>
        A CTO and a CPO pull in different directions on the same questions. Your choices in the
        workplace scenarios place you between technology-first (left, −100) and product-first
        (right, +100); the middle is balanced. Neither end is wrong: what matters is knowing your
        pull and working well with someone who has the other.
      </p>
      <figure className={styles.figure}>
        <figcaption className={styles.axisCaption} aria-hidden="true">
          <span className={styles.keyCto}>◀ Technology-first</span>
          <span>Balanced</span>
          <span className={styles.keyCpo}>Product-first ▶</span>
        </figcaption>
        <div role="img" aria-label={summariseTensionChart(rows)} className={styles.chartBox}>
          <TensionChartSlot rows={rows} />
        </div>
      </figure>
      <ul className={styles.tensions}>
        {rows.map((row) => (
          <li key={row.id} className={styles.tension}>
            <h3 className={styles.tensionName}>{row.name}</h3>
            <p className={styles.placement} data-label={row.label ?? 'unmeasured'}>
              You: {row.placement}
              <span className={styles.small}>
                {' '}
                · {row.answered} of {row.total} {row.total === 1 ? 'scenario' : 'scenarios'}
              </span>
            </p>
            <p>{row.summary}</p>
            <dl className={styles.sides}>
              <div data-side="tech">
                <dt>The technology-first pull</dt>
                <dd>{row.techSide}</dd>
              </div>
              <div data-side="product">
                <dt>The product-first pull</dt>
                <dd>{row.productSide}</dd>
              </div>
            </dl>
            <p>
              <strong>How a good pair resolves it:</strong> {row.resolution}
            </p>
            <p className={styles.stepsTitle}>Practices that defuse it</p>
            <ul className={styles.steps}>
              {row.practices.map((practice) => (
                <li key={practice}>{practice}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
