import { useId, type ReactNode } from 'react';

import styles from './ui.module.css';

/** One row of a table: its header cell (what the row is), then its values. */
export interface DataTableRow {
  readonly key: string;
  readonly header: ReactNode;
  readonly cells: readonly ReactNode[];
}

interface Props {
  /** The words of a disclosure that folds the table away, e.g. "Show the chart as a table"; none shows it open. */
  toggle?: string;
  /** What the table holds, for screen readers (a disclosure or heading already says it to everyone else). */
  caption: string;
  columns: readonly string[];
  rows: readonly DataTableRow[];
}

/**
 * The numbers behind a chart as a table, the chart's text alternative for screen readers and the
 * exact figures for anyone who wants them; folded away under a disclosure when `toggle` is given.
 */
export function DataTable({ toggle, caption, columns, rows }: Props) {
  const captionId = useId();
  const table = (
    // On a phone the table scrolls sideways inside this box, so the box takes keyboard focus
    // (the arrow keys then scroll it) and is named by the table's caption.
    <div className={styles.scroll} role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className={`data-table ${styles.table}`}>
        <caption id={captionId} className="visually-hidden">
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.header}</th>
              {row.cells.map((cell, i) => (
                <td key={i}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  if (toggle === undefined) return table;
  return (
    <details className={styles.toggle}>
      <summary>{toggle}</summary>
      {table}
    </details>
  );
}
