import { CompetencyChartSlot } from '@/app/_shared/charts/lazy-charts';
import { DataTable } from '@/app/_shared/ui/data-table';
import { Card, Section, TwoColumn } from '@/app/_shared/ui';
import ui from '@/app/_shared/ui/ui.module.css';
import type { QuestionBank } from '@/lib/bank/schema';
import { buildCompetenciesView } from '@/lib/report/describe-competencies';
import type { FitProfile } from '@/lib/scoring';

import styles from './results.module.css';
import { ScoreMeter } from './score-meter';
import { useResultWords } from './use-result-words';

/** Every competency: a chart against both roles' ideals, then a list from strongest to weakest. */
export function CompetencySection({ bank, profile }: { bank: QuestionBank; profile: FitProfile }) {
  const words = useResultWords();
  const view = buildCompetenciesView(words, bank, profile);
  const { legend, table } = view;
  return (
    <Section titleId="competencies-title" title={view.title}>
      <p>{view.intro}</p>
      <Card as="figure" className={styles.figure}>
        <figcaption className={ui.key}>
          <span>
            <span className={styles.keyScore} aria-hidden="true" /> {legend.score}
          </span>
          <span>
            <span className={styles.keyRange} aria-hidden="true" /> {legend.rangeBracket}
          </span>
          <span>
            <span className={styles.keyCto} aria-hidden="true">
              ▼
            </span>{' '}
            {legend.ctoIdeal}
          </span>
          <span>
            <span className={styles.keyCpo} aria-hidden="true">
              ▲
            </span>{' '}
            {legend.cpoIdeal}
          </span>
        </figcaption>
        <div role="group" aria-label={view.chartSummary} className={styles.chartBox}>
          <CompetencyChartSlot rows={view.rows} />
        </div>
        <DataTable
          toggle={table.toggle}
          caption={table.caption}
          columns={table.columns}
          rows={view.rows.map((row) => ({
            key: row.id,
            header: row.name,
            cells: [row.scoreText, row.rangeText ?? '', row.ideal.cto, row.ideal.cpo],
          }))}
        />
      </Card>

      <h3>{view.rankedTitle}</h3>
      <TwoColumn as="ol" className={styles.lazy}>
        {view.ranked.map((row) => (
          <Card as="li" key={row.id}>
            <h4 className={styles.itemTitle}>{row.name}</h4>
            <p className={styles.scoreLine}>
              {row.measured ? (
                <>
                  <strong>{row.score}</strong>
                  <span className={styles.outOf}>{view.outOfSuffix}</span>
                  {row.rangeLabel && <span className={ui.muted}> · {row.rangeLabel}</span>}
                </>
              ) : (
                <strong>{view.notMeasuredTitle}</strong>
              )}
              <span className={ui.muted}> · {row.answeredSentence}</span>
            </p>
            {row.score !== null && <ScoreMeter score={row.score} range={row.range} />}
            <p>{row.summary}</p>
            <dl className={styles.notes}>
              <div className={ui.toned} data-role="cto">
                <dt>{row.whyTitle.cto}</dt>
                <dd>{row.why.cto}</dd>
              </div>
              <div className={ui.toned} data-role="cpo">
                <dt>{row.whyTitle.cpo}</dt>
                <dd>{row.why.cpo}</dd>
              </div>
            </dl>
          </Card>
        ))}
      </TwoColumn>
    </Section>
  );
}
