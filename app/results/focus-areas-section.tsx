import { Section } from '@/app/_shared/ui/section';
import type { QuestionBank } from '@/lib/bank/schema';
import {
  describeFocusAreas,
  type FocusAreaItem,
  type FocusList,
} from '@/lib/report/describe-focus-areas';
import type { FitProfile } from '@/lib/scoring';

import styles from './results.module.css';
import { StepsList } from './steps-list';

/** Strengths and growth areas against the role the person leans to, each with next steps. */
export function FocusAreasSection({ bank, profile }: { bank: QuestionBank; profile: FitProfile }) {
  const report = describeFocusAreas(bank, profile);
  const { intro } = report;
  return (
    <Section titleId="focus-title" title={report.title} className={styles.section}>
      <p>
        {intro.before}
        <strong>{intro.strong}</strong>
        {intro.after}
      </p>
      <div className={styles.focusGrid}>
        <FocusColumn kind="strength" list={report.strengths} />
        <FocusColumn kind="growth" list={report.growthAreas} />
      </div>
    </Section>
  );
}

function FocusColumn({ kind, list }: { kind: 'strength' | 'growth'; list: FocusList }) {
  return (
    <div className={styles.focusColumn} data-kind={kind}>
      <h3>{list.title}</h3>
      {list.items.length === 0 ? (
        <p>{list.empty}</p>
      ) : (
        <ul className={styles.focusList}>
          {list.items.map((area) => (
            <FocusArea key={area.id} area={area} stepsTitle={list.stepsTitle} />
          ))}
        </ul>
      )}
    </div>
  );
}

function FocusArea({ area, stepsTitle }: { area: FocusAreaItem; stepsTitle: string }) {
  return (
    <li className={styles.focusItem}>
      <h4 className={styles.competencyName}>{area.name}</h4>
      <p className={styles.small}>{area.comparison}</p>
      <StepsList title={stepsTitle} steps={area.nextSteps} />
    </li>
  );
}
