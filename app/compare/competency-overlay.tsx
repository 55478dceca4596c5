'use client';

import { Bar, BarChart, XAxis, YAxis, type BarShapeProps } from 'recharts';

import styles from './compare.module.css';
import { LINE_HEIGHT, MARGIN_X, MARK, overlayGeometry, TRACK } from './overlay-layout';

/** One competency with both people's scores, 0–100 or null when not measured. */
export interface OverlayDatum {
  readonly id: string;
  readonly name: string;
  readonly scores: readonly [number | null, number | null];
}

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
  const { wrapped, lines, height } = overlayGeometry(
    rows.map((r) => r.name),
    width,
  );
  const data: Row[] = rows.map((row, i) => ({
    ...row,
    value: 100,
    lines: wrapped[i] ?? [row.name],
  }));
  return (
    <BarChart
      className={styles.svg ?? ''}
      layout="vertical"
      data={data}
      width={width}
      height={height}
      margin={{ top: 4, right: MARGIN_X, bottom: 4, left: MARGIN_X }}
      barCategoryGap={0}
      accessibilityLayer={false}
    >
      <XAxis type="number" domain={[0, 100]} hide />
      <YAxis type="category" dataKey="id" hide />
      <Bar
        dataKey="value"
        isAnimationActive={false}
        shape={(props: BarShapeProps) => <OverlayRow {...props} lines={lines} />}
      />
    </BarChart>
  );
}

function OverlayRow(props: BarShapeProps & { lines: number }) {
  const band = props.background;
  const row = props.payload as Row | undefined;
  if (!band || band.x === null || band.y === null || !row) return <g />;
  const left = band.x;
  const width = band.width;
  const at = (value: number) => left + (width * value) / 100;
  const top = band.y + 4 + props.lines * LINE_HEIGHT + MARK + 4;
  const mid = top + TRACK / 2;
  const [a, b] = row.scores;
  return (
    <g>
      <text x={left} y={band.y + 4} className={styles.rowName}>
        {row.lines.map((line, i) => (
          <tspan key={i} x={left} dy={i === 0 ? LINE_HEIGHT - 4 : LINE_HEIGHT}>
            {line}
          </tspan>
        ))}
      </text>
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
