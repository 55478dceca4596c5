import { TensionChartSlot } from '@/app/_shared/charts/lazy-charts';
import { Card, Section, StepsList, TwoColumn } from '@/app/_shared/ui';
import type { QuestionBank } from '@/lib/bank/schema';
import { buildTensionsView } from '@/lib/report/describe-tensions';
import type { FitProfile } from '@/lib/scoring';

import ui from '@/app/_shared/ui/ui.module.css';

import styles from './results.module.css';
import { useResultWords } from './use-result-words';

/** The tensions between technology and product: where the person sits, and what defuses each. */
export function TensionsSection({ bank, profile }: { bank: QuestionBank; profile: FitProfile }) {
  const words = useResultWords();
  const view = buildTensionsView(words, bank, profile);
  return (
    <Section titleId="tensions-title" title={view.title}>
      <p>{view.intro}</p>
      <Card as="figure" className={styles.figure}>
        <figcaption className={styles.axisCaption} aria-hidden="true">
          <span className={styles.keyCto}>{view.axis.tech}</span>
          <span>{view.axis.balanced}</span>
          <span className={styles.keyCpo}>{view.axis.product}</span>
        </figcaption>
        <div role="group" aria-label={view.chartSummary} className={styles.chartBox}>
          <TensionChartSlot rows={view.rows} />
        </div>
      </Card>
      <TwoColumn as="ul" className={styles.lazy}>
        {view.rows.map((row) => (
          <Card as="li" key={row.id}>
            <h3 className={styles.itemTitle}>{row.name}</h3>
            <p className={styles.scoreLine}>
              <strong>{row.you}</strong>
              <span className={ui.muted}> · {row.answeredText}</span>
            </p>
            <p>{row.summary}</p>
            <dl className={styles.notes}>
              {view.sides.map((side) => (
                <div key={side.id} className={ui.toned} data-role={SIDE_ROLE[side.id]}>
                  <dt>{side.pull}</dt>
                  <dd>{row.sides[side.id]}</dd>
                </div>
              ))}
            </dl>
            <p>
              <strong>{view.resolutionLabel}</strong> {row.resolution}
            </p>
            <StepsList title={view.practicesTitle} steps={row.practices} />
          </Card>
        ))}
      </TwoColumn>
    </Section>
  );
}

/** Each side of a tension in the colour of the role that leans to it. */
const SIDE_ROLE = { tech: 'cto', product: 'cpo' } as const;
