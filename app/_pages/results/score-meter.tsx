import type { ScoreRange } from '@/lib/scoring/profile';

import styles from './results.module.css';

/**
 * A 0–100 score as a bar on its track, with a bracket over the range where it probably lies;
 * hidden from screen readers, since the number beside it says the same.
 */
export function ScoreMeter({ score, range = null }: { score: number; range?: ScoreRange | null }) {
  return (
    <div className={styles.meter} aria-hidden="true">
      <div style={{ width: `${score}%` }} />
      {range && (
        <div
          className={styles.meterRange}
          style={{ left: `${range.low}%`, width: `${range.high - range.low}%` }}
        />
      )}
    </div>
  );
}
