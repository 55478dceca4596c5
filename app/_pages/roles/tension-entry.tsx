import type { Tension } from '@/lib/bank/schema';
import type { RolesCopy } from '@/lib/site/copy/roles-schema';

import { Card, TwoColumn } from '@/app/_shared/ui';
import ui from '@/app/_shared/ui/ui.module.css';

import styles from './page.module.css';

/** One CTO–CPO tension: what pulls each side, and how a good pair settles it. */
export function TensionEntry({
  tension,
  words,
}: {
  tension: Tension;
  words: RolesCopy['tensions'];
}) {
  const headingId = `tension-${tension.id}`;
  return (
    <Card as="article" className={styles.tension} aria-labelledby={headingId}>
      <h3 id={headingId}>{tension.name}</h3>
      <p className={styles.tensionSummary}>{tension.summary}</p>
      <TwoColumn as="dl">
        <div className={styles.pull} data-side="cto">
          <dt>{words.techPull}</dt>
          <dd>{tension.techSide}</dd>
        </div>
        <div className={styles.pull} data-side="cpo">
          <dt>{words.productPull}</dt>
          <dd>{tension.productSide}</dd>
        </div>
      </TwoColumn>
      <TwoColumn className={styles.resolution}>
        <div>
          <h4 className={styles.label}>{words.resolution}</h4>
          <p>{tension.resolution}</p>
        </div>
        <div>
          <h4 className={styles.label}>{words.practices}</h4>
          <ul className={`${ui.steps} ${styles.lines}`}>
            {tension.practices.map((practice) => (
              <li key={practice}>{practice}</li>
            ))}
          </ul>
        </div>
      </TwoColumn>
    </Card>
  );
}
