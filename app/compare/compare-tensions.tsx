import type { ComparisonView } from '@/lib/compare/comparison-view';

import styles from './compare.module.css';
import { PairScale } from './pair-scale';

/** The six tensions read as a pair: both positions on one scale, the reading and its practices. */
export function CompareTensions({ view }: { view: ComparisonView }) {
  const { tensions } = view;
  return (
    <section aria-labelledby="tensions-title">
      <h2 id="tensions-title">{tensions.heading}</h2>
      <p>{tensions.intro.page}</p>
      <ol className={styles.tensions}>
        {tensions.items.map((t) => (
          <li
            key={t.id}
            className={styles.tension}
            data-kind={t.kind}
            data-testid={`tension-${t.id}`}
          >
            <div className={styles.tensionHead}>
              <h3 className={styles.tensionName}>{t.name}</h3>
              <span className={styles.kind} data-kind={t.kind}>
                {t.kindLabel}
              </span>
            </div>
            <PairScale positions={t.positions} />
            <p className={styles.placements}>
              {view.people.map((person, i) => (
                <span key={person.key} data-person={person.key}>
                  <span className={styles.mark} aria-hidden="true" />
                  {t.placedWithNames[i]}
                </span>
              ))}
            </p>
            <p className={styles.tensionHeadline}>{t.headline}</p>
            <p>{t.reason}</p>
            <h4 className={styles.practicesTitle}>{tensions.practicesTitle}</h4>
            <ul className={styles.practices}>
              {t.practices.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
