'use client';

import type { BarShapeProps } from 'recharts';

import { RowChart, RowName, rowBand, withLines } from '@/app/_shared/charts/row-chart';

import styles from './compare.module.css';
import { LINE_HEIGHT, OVERLAY_ROW, OVERLAY_ROWS, rowLayout } from '@/lib/charts/rows';
import { linearScale, SCORE_DOMAIN } from '@/lib/charts/scale';

/** One competency with both people's scores, 0–100 or null when not measured. */
export interface OverlayDatum {
  readonly id: string;
  readonly name: string;
  readonly scores: readonly [number | null, number | null];
}

const { track: TRACK, mark: MARK } = OVERLAY_ROW;

interface Row extends OverlayDatum {
  readonly value: number;
  readonly lines: readonly string[];
}

/**
 * Both competency profiles on one chart: per competency one 0–100 track with the first person's
 * score as a circle and the second's as a square, joined by a line that shows the gap.
 */
export default function CompetencyOverlay({
  rows,
  width,
}: {
  rows: readonly OverlayDatum[];
  width: number;
}) {
  const { wrapped, lines, height } = rowLayout(
    OVERLAY_ROWS,
    rows.map((r) => r.name),
    width,
  );
  return (
    <RowChart
      className={styles.svg ?? ''}
      data={withLines(rows, wrapped, () => 100)}
      width={width}
      height={height}
      domain={[0, 100]}
      marginX={OVERLAY_ROWS.marginX}
      row={(props) => <OverlayRow {...props} lines={lines} />}
    />
  );
}

function OverlayRow(props: BarShapeProps & { lines: number }) {
  const band = rowBand<Row>(props);
  if (!band) return <g />;
  const { left, width, row } = band;
  const at = linearScale(SCORE_DOMAIN, [left, left + width]);
  const top = band.y + 4 + props.lines * LINE_HEIGHT + MARK + 4;
  const mid = top + TRACK / 2;
  const [a, b] = row.scores;
  return (
    <g>
      <RowName
        lines={row.lines}
        left={left}
        y={band.y}
        className={styles.rowName ?? ''}
        lineHeight={LINE_HEIGHT}
      />
      <text x={left + width} y={band.y + LINE_HEIGHT} textAnchor="end" className={styles.rowValue}>
        <tspan className={styles.valueA}>{a ?? '–'}</tspan>
        <tspan className={styles.valueSep}> · </tspan>
        <tspan className={styles.valueB}>{b ?? '–'}</tspan>
      </text>
      <rect x={left} y={top} width={width} height={TRACK} rx={4} className={styles.track} />
      {[25, 50, 75].map((tick) => (
        <line
          key={tick}
          x1={at(tick)}
          x2={at(tick)}
          y1={top - 2}
          y2={top + TRACK + 2}
          className={styles.grid}
        />
      ))}
      {a !== null && b !== null && (
        <line x1={at(a)} x2={at(b)} y1={mid} y2={mid} className={styles.gapLine} />
      )}
      {a !== null && <circle cx={at(a)} cy={mid} r={MARK} className={styles.markA} />}
      {b !== null && (
        <rect
          x={at(b) - MARK + 0.5}
          y={mid - MARK + 0.5}
          width={2 * MARK - 1}
          height={2 * MARK - 1}
          className={styles.markB}
        />
      )}
      {(a === null || b === null) && (
        <text x={left + 6} y={top + TRACK + MARK + 12} className={styles.unmeasured}>
          {a === null && b === null ? 'not measured for either' : 'not measured for one of you'}
        </text>
      )}
    </g>
  );
}
