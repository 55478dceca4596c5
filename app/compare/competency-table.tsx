import type { ComparisonView } from '@/lib/compare/comparison-view';

import styles from './compare.module.css';

/** Both people's score on every competency, with what the two scores mean for the pair. */
export function CompetencyTable({
  competencies,
}: {
  competencies: ComparisonView['competencies'];
}) {
  const [competency, a, b, between] = competencies.columns;
  return (
    // On a phone the table scrolls sideways inside its box, so the box takes the keyboard focus
    // (arrow keys then scroll it) and is named by the table's caption.
    <div
      className={styles.tableWrap}
      role="region"
      aria-labelledby="competency-table-caption"
      tabIndex={0}
    >
      <table className={`data-table ${styles.table}`}>
        <caption id="competency-table-caption" className="visually-hidden">
          {competencies.caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{competency}</th>
            <th scope="col" className={styles.num}>
              {a}
            </th>
            <th scope="col" className={styles.num}>
              {b}
            </th>
            <th scope="col">{between}</th>
          </tr>
        </thead>
        <tbody>
          {competencies.rows.map((c) => (
            <tr key={c.id} data-coverage={c.coverage}>
              <th scope="row">{c.name}</th>
              <td className={styles.num}>{c.cells[0]}</td>
              <td className={styles.num}>{c.cells[1]}</td>
              <td>{c.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
