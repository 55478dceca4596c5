import { DataTable } from '@/app/_shared/ui/data-table';
import { CompetencyChartSlot } from '@/app/_shared/charts/lazy-charts';
import type { QuestionBank } from '@/lib/bank/schema';
import {
  buildCompetencyRows,
  RANGE_LEGEND,
  rankCompetencies,
  summariseCompetencyChart,
} from '@/lib/report';
import type { FitProfile } from '@/lib/scoring';

import styles from './results.module.css';

/** Every competency: a chart against both roles' ideals, then a list from strongest to weakest. */
export function CompetencySection({ bank, profile }: { bank: QuestionBank; profile: FitProfile }) {
  const rows = buildCompetencyRows(bank, profile);
  const ranked = rankCompetencies(rows);
  return (
    <section className={styles.section} aria-labelledby="competencies-title">
      <h2 id="competencies-title">Your competency profile</h2>
      <p>
        Your score on each of the {rows.length} competencies the two roles draw on, with where each
        role would ideally be: the more a role relies on a competency, the further right its marker.
      </p>
      <figure className={styles.figure}>
        <figcaption className={styles.legend}>
          <span className={styles.legendItem}>
            <span className={styles.keyScore} aria-hidden="true" /> Your score
          </span>
          <span className={styles.legendItem}>
            <span className={styles.keyRange} aria-hidden="true" /> {RANGE_LEGEND}
          </span>
          <span className={styles.legendItem}>
            <span className={styles.keyCto} aria-hidden="true">
              ▼
            </span>{' '}
            CTO ideal (above the bar)
          </span>
          <span className={styles.legendItem}>
            <span className={styles.keyCpo} aria-hidden="true">
              ▲
            </span>{' '}
            CPO ideal (below the bar)
          </span>
        </figcaption>
        <div role="img" aria-label={summariseCompetencyChart(rows)} className={styles.chartBox}>
          <CompetencyChartSlot rows={rows} />
        </div>
        <DataTable
          toggle="Show the chart as a table"
          caption="Competency scores and role ideals"
          columns={['Competency', 'Your score', 'Range', 'CTO ideal', 'CPO ideal']}
          rows={rows.map((row) => ({
            key: row.id,
            header: row.name,
            cells: [row.score ?? 'not measured', row.rangeText ?? '', row.ideal.cto, row.ideal.cpo],
          }))}
        />
      </figure>

      <h3>From your strongest competency to your weakest</h3>
      <ol className={styles.competencies}>
        {ranked.map((row) => (
          <li key={row.id} className={styles.competency}>
            <h4 className={styles.competencyName}>{row.name}</h4>
            <p className={styles.competencyScore}>
              {row.score === null ? (
                <span className={styles.unmeasured}>Not measured</span>
              ) : (
                <>
                  <strong>{row.score}</strong>
                  <span className={styles.outOf}> / 100</span>
                  {row.rangeLabel && <span className={styles.small}> · {row.rangeLabel}</span>}
                </>
              )}
              <span className={styles.small}>
                {' '}
                · {row.answered} of {row.total} {row.total === 1 ? 'question' : 'questions'}{' '}
                answered
              </span>
            </p>
            {row.score !== null && (
              <div className={styles.rangedMeter} aria-hidden="true">
                <div className={styles.meter}>
                  <span style={{ width: `${row.score}%` }} />
                </div>
                {row.range && (
                  <span
                    className={styles.meterRange}
                    style={{
                      left: `${row.range.low}%`,
                      width: `${row.range.high - row.range.low}%`,
                    }}
                  />
                )}
              </div>
            )}
            <p>{row.summary}</p>
            <dl className={styles.why}>
              <div data-role="cto">
                <dt>For a CTO ({row.importance.cto})</dt>
                <dd>{row.why.cto}</dd>
              </div>
              <div data-role="cpo">
                <dt>For a CPO ({row.importance.cpo})</dt>
                <dd>{row.why.cpo}</dd>
              </div>
            </dl>
          </li>
        ))}
      </ol>
    </section>
  );
}
