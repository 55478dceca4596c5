import { Section } from '@/app/_shared/ui/section';
import ui from '@/app/_shared/ui/ui.module.css';
import type { QuestionBank } from '@/lib/bank/schema';
import { describeArchetypeRanking } from '@/lib/report/describe-archetypes';
import type { FitProfile } from '@/lib/scoring';

import styles from './results.module.css';

/** Every archetype, nearest first: its closeness as a number and a bar, and a line about it. */
export function ArchetypesSection({ bank, profile }: { bank: QuestionBank; profile: FitProfile }) {
  const ranking = describeArchetypeRanking(bank, profile);
  return (
    <Section titleId="archetypes-title" title={ranking.title}>
      {ranking.archetypes.length === 0 ? (
        <p>{ranking.empty}</p>
      ) : (
        <>
          <p>{ranking.intro}</p>
          <ol className={styles.stack}>
            {ranking.archetypes.map((archetype) => (
              <li
                key={archetype.id}
                className={styles.archetypeItem}
                data-nearest={archetype.nearest}
                data-testid="archetype-closeness"
              >
                <div className={styles.archetypeHead}>
                  <h3 className={styles.archetypeRank}>
                    {archetype.rankedName}
                    {archetype.badge && (
                      <>
                        {' '}
                        <span className={`${ui.pill} ${styles.archetypeBadge}`}>
                          {archetype.badge}
                        </span>
                      </>
                    )}
                  </h3>
                  <span className={styles.closeness}>{archetype.closeness}</span>
                </div>
                <div className={styles.meter} aria-hidden="true">
                  <span style={{ width: `${archetype.similarity}%` }} />
                </div>
                <p>{archetype.line}</p>
              </li>
            ))}
          </ol>
        </>
      )}
    </Section>
  );
}
