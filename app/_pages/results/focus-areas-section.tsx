import { Card, Section, StepsList, TwoColumn } from '@/app/_shared/ui';
import type { QuestionBank } from '@/lib/bank/schema';
import {
  describeFocusAreas,
  type FocusAreaItem,
  type FocusList,
} from '@/lib/report/describe-focus-areas';
import type { FitProfile } from '@/lib/scoring';

import ui from '@/app/_shared/ui/ui.module.css';

import styles from './results.module.css';
import { useResultWords } from './use-result-words';

/** Strengths and growth areas against the role the person leans to, each with next steps. */
export function FocusAreasSection({ bank, profile }: { bank: QuestionBank; profile: FitProfile }) {
  const words = useResultWords();
  const report = describeFocusAreas(words, bank, profile);
  const { intro } = report;
  return (
    <Section titleId="focus-title" title={report.title}>
      <p>
        {intro.before}
        <strong>{intro.strong}</strong>
        {intro.after}
      </p>
      <TwoColumn className={styles.lazy}>
        <FocusColumn list={report.strengths} />
        <FocusColumn list={report.growthAreas} />
      </TwoColumn>
    </Section>
  );
}

function FocusColumn({ list }: { list: FocusList }) {
  return (
    <div>
      <h3>{list.title}</h3>
      {list.items.length === 0 ? (
        <p>{list.empty}</p>
      ) : (
        <ul className={`plain-list ${styles.stack}`}>
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
    <Card as="li">
      <h4 className={styles.itemTitle}>{area.name}</h4>
      <p className={`${styles.scoreLine} ${ui.muted}`}>{area.comparison}</p>
      <StepsList title={stepsTitle} steps={area.nextSteps} />
    </Card>
  );
}
