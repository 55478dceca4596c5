import { Card, Section, StepsList, TwoColumn } from '@/app/_shared/ui';
import ui from '@/app/_shared/ui/ui.module.css';
import type { ComparisonView } from '@/lib/compare/comparison-view';

import styles from './compare.module.css';
import { PairScale } from './pair-scale';

/** The six tensions read as a pair: both positions on one scale, the reading and its practices. */
export function CompareTensions({ view }: { view: ComparisonView }) {
  const { tensions } = view;
  return (
    <Section titleId="tensions-title" title={tensions.heading} lead={tensions.intro.page}>
      <TwoColumn as="ol">
        {tensions.items.map((t) => (
          <Card
            as="li"
            key={t.id}
            className={styles.tension}
            data-kind={t.kind}
            data-testid={`tension-${t.id}`}
          >
            <div className={styles.tensionHead}>
              <h3 className={styles.tensionName}>{t.name}</h3>
              <span className={`${ui.pill} ${styles.kind}`} data-kind={t.kind}>
                {t.kindLabel}
              </span>
            </div>
            <PairScale positions={t.positions} ends={tensions.scaleEnds} />
            <p className={`${ui.key} ${styles.placements}`}>
              {view.people.map((person, i) => (
                <span key={person.key} data-person={person.key}>
                  <span className={styles.mark} aria-hidden="true" />
                  {t.placedWithNames[i]}
                </span>
              ))}
            </p>
            <p className={styles.tensionHeadline}>{t.headline}</p>
            <p>{t.reason}</p>
            <StepsList as="h4" title={tensions.practicesTitle} steps={t.practices} />
          </Card>
        ))}
      </TwoColumn>
    </Section>
  );
}
