import { useId, type ReactNode } from 'react';

import styles from './chart-data-table.module.css';

/** One row of a chart's data: its header cell (what the row is), then its values. */
export interface ChartDataRow {
  readonly key: string;
  readonly header: ReactNode;
  readonly cells: readonly ReactNode[];
}

interface Props {
  /** The words of the disclosure, e.g. "Show the chart as a table". */
  toggle: string;
  /** What the table holds, for screen readers (the disclosure already says it to everyone else). */
  caption: string;
  columns: readonly string[];
  rows: readonly ChartDataRow[];
}

/**
 * The numbers behind a chart as a table, folded away under a disclosure: the chart's text
 * alternative for screen readers, and the exact figures for anyone who wants them.
 */
export function ChartDataTable({ toggle, caption, columns, rows }: Props) {
  const captionId = useId();
  return (
    <details className={styles.toggle}>
      <summary>{toggle}</summary>
      {/* On a phone the table scrolls sideways inside this box, so the box takes keyboard focus
          (the arrow keys then scroll it) and is named by the table's caption. */}
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
    </details>
  );
}
