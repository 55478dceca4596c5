import { Card, Section } from '@/app/_shared/ui';
import ui from '@/app/_shared/ui/ui.module.css';
import type { QuestionBank } from '@/lib/bank/schema';
import { describeArchetypeRanking } from '@/lib/report/describe-archetypes';
import type { FitProfile } from '@/lib/scoring';

import styles from './results.module.css';
import { ScoreMeter } from './score-meter';
import { useResultWords } from './use-result-words';

/** Every archetype, nearest first: its closeness as a number and a bar, and a line about it. */
export function ArchetypesSection({ bank, profile }: { bank: QuestionBank; profile: FitProfile }) {
  const words = useResultWords();
  const ranking = describeArchetypeRanking(words, bank, profile);
  return (
    <Section titleId="archetypes-title" title={ranking.title}>
      {ranking.archetypes.length === 0 ? (
        <p>{ranking.empty}</p>
      ) : (
        <>
          <p>{ranking.intro}</p>
          <ol className={ui.tiles}>
            {ranking.archetypes.map((archetype) => (
              <Card as="li" key={archetype.id} data-testid="archetype-closeness">
                <h3 className={styles.itemTitle}>
                  {archetype.rankedName}
                  {archetype.badge && (
                    <>
                      {' '}
                      <span className={ui.pill}>{archetype.badge}</span>
                    </>
                  )}
                </h3>
                <p className={styles.scoreLine}>
                  <strong>{archetype.closeness}</strong>
                </p>
                <ScoreMeter score={archetype.similarity} />
                <p>{archetype.line}</p>
              </Card>
            ))}
          </ol>
        </>
      )}
    </Section>
  );
}
