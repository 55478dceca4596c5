import type { QuestionBank } from '@/lib/bank/schema';
import { describeFocusAreas, type FocusAreaItem } from '@/lib/report';
import type { FitProfile } from '@/lib/scoring';

import styles from './results.module.css';

/** Strengths and growth areas against the role the person leans to, each with next steps. */
export function FocusAreasSection({ bank, profile }: { bank: QuestionBank; profile: FitProfile }) {
  const report = describeFocusAreas(bank, profile);
  return (
    <section className={styles.section} aria-labelledby="focus-title">
      <h2 id="focus-title">Strengths and growth areas</h2>
      <p>
        Measured against <strong>{report.measuredAgainst}</strong>
        {profile.target === 'balanced' ? ', since you lean to neither' : ', the one you lean to'}:
        only competencies that matter to {profile.target === 'balanced' ? 'them' : 'it'} count.
      </p>
      <div className={styles.focusGrid}>
        <div className={styles.focusColumn} data-kind="strength">
          <h3>Strengths to build on</h3>
          {report.strengths.length === 0 ? (
            <p>
              None of the competencies that matter most to {report.measuredAgainst} scored 70 or
              more yet.
            </p>
          ) : (
            <ul className={styles.focusList}>
              {report.strengths.map((area) => (
                <FocusArea key={area.id} area={area} stepsTitle="To build on it" />
              ))}
            </ul>
          )}
        </div>
        <div className={styles.focusColumn} data-kind="growth">
          <h3>Growth areas</h3>
          {report.growthAreas.length === 0 ? (
            <p>
              Nothing that matters to {report.measuredAgainst} falls short of what the role expects.
            </p>
          ) : (
            <ul className={styles.focusList}>
              {report.growthAreas.map((area) => (
                <FocusArea key={area.id} area={area} stepsTitle="Next steps" />
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}

function FocusArea({ area, stepsTitle }: { area: FocusAreaItem; stepsTitle: string }) {
  return (
    <li className={styles.focusItem}>
      <h4 className={styles.competencyName}>{area.name}</h4>
      <p className={styles.small}>{area.comparison}</p>
      <p className={styles.stepsTitle}>{stepsTitle}</p>
      <ul className={styles.steps}>
        {area.nextSteps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ul>
    </li>
  );
}
