import { chartClass } from '@/app/_shared/charts/chart-class';

import styles from './compare.module.css';

/** Where a position (−100…+100) sits across the scale, as a percentage of its width. */
const across = (position: number) => `${(Math.max(-100, Math.min(100, position)) + 100) / 2}%`;

/**
 * One tension's scale from technology-first to product-first with both people on it: a circle
 * above the line for the first person, a square below it for the second. Drawn in percentages,
 * so it needs no measuring and no script.
 */
export function PairScale({
  positions,
  ends,
}: {
  positions: readonly [number | null, number | null];
  /** The words at either end of the scale. */
  ends: { readonly technology: string; readonly product: string };
}) {
  const [a, b] = positions;
  return (
    <div className={styles.scale} aria-hidden="true">
      <svg width="100%" height="40" className={chartClass('chart')} focusable="false">
        <line x1="0" x2="100%" y1="20" y2="20" className={styles.scaleLine} />
        {['0%', '50%', '100%'].map((x) => (
          <line key={x} x1={x} x2={x} y1="13" y2="27" className={styles.scaleLine} />
        ))}
        {a !== null && (
          <circle cx={across(a)} cy="11" r="7" data-person="a" className={chartClass('toneMark')} />
        )}
        {b !== null && (
          <rect
            x={across(b)}
            y="23"
            width="13"
            height="13"
            transform="translate(-6.5 0)"
            data-person="b"
            className={chartClass('toneMark')}
          />
        )}
      </svg>
      <div className={styles.scaleEnds}>
        <span>{ends.technology}</span>
        <span>{ends.product}</span>
      </div>
    </div>
  );
}
