'use client';

import { Bar, BarChart, XAxis, YAxis, type BarShapeProps } from 'recharts';

import { chartClass } from './chart-class';
import { LINE_HEIGHT, MARGIN_X, rowGeometry, TENSION_ROW } from './row-layout';

/** One tension row of the chart. */
export interface TensionDatum {
  readonly id: string;
  readonly name: string;
  /** −100 technology-first … +100 product-first, or null when not measured. */
  readonly position: number | null;
  readonly label: 'technology-first' | 'balanced' | 'product-first' | null;
  /** The position in words, e.g. "Technology-first (−60)". */
  readonly placement: string;
}

interface Row extends TensionDatum {
  readonly value: number;
  readonly lines: readonly string[];
}

const TRACK_HEIGHT = TENSION_ROW.track;

/** Where the person sits on each tension: a bar from the middle towards technology or product. */
export default function TensionChart({
  rows,
  width,
}: {
  rows: readonly TensionDatum[];
  width: number;
}) {
  const { wrapped, lines, height } = rowGeometry(
    'tension',
    rows.map((r) => r.name),
    width,
  );
  const data: Row[] = rows.map((row, i) => ({
    ...row,
    value: row.position ?? 0,
    lines: wrapped[i] ?? [row.name],
  }));
  return (
    <BarChart
      className={chartClass('chart')}
      layout="vertical"
      data={data}
      width={width}
      height={height}
      margin={{ top: 4, right: MARGIN_X, bottom: 4, left: MARGIN_X }}
      barCategoryGap={0}
      accessibilityLayer={false}
    >
      <XAxis type="number" domain={[-100, 100]} hide />
      <YAxis type="category" dataKey="id" hide />
      <Bar
        dataKey="value"
        isAnimationActive={false}
        shape={(props: BarShapeProps) => <TensionRowShape {...props} lines={lines} />}
      />
    </BarChart>
  );
}

function TensionRowShape(props: BarShapeProps & { lines: number }) {
  const band = props.background;
  const row = props.payload as Row | undefined;
  if (!band || band.x === null || band.y === null || !row) return <g />;
  const left = band.x;
  const width = band.width;
  const at = (value: number) => left + (width * (value + 100)) / 200;
  const middle = at(0);
  const top = band.y + 10 + props.lines * LINE_HEIGHT;
  const end = row.position === null ? middle : at(row.position);
  const anchor =
    row.label === 'product-first' ? 'end' : row.label === 'balanced' ? 'middle' : 'start';
  return (
    <g>
      <text x={left} y={band.y + 4} className={chartClass('rowName')}>
        {row.lines.map((line, i) => (
          <tspan key={i} x={left} dy={i === 0 ? LINE_HEIGHT - 4 : LINE_HEIGHT}>
            {line}
          </tspan>
        ))}
      </text>
      <rect
        x={left}
        y={top}
        width={width}
        height={TRACK_HEIGHT}
        rx={4}
        className={chartClass('track')}
      />
      {row.position === null ? (
        <text x={left + 8} y={top + TRACK_HEIGHT - 2} className={chartClass('unmeasured')}>
          not measured
        </text>
      ) : (
        <rect
          x={Math.min(middle, end)}
          y={top}
          width={Math.max(Math.abs(end - middle), 3)}
          height={TRACK_HEIGHT}
          className={row.position < 0 ? chartClass('ctoFill') : chartClass('cpoFill')}
        />
      )}
      <line
        x1={middle}
        x2={middle}
        y1={top - 5}
        y2={top + TRACK_HEIGHT + 5}
        className={chartClass('midline')}
      />
      <text
        x={anchor === 'end' ? left + width : anchor === 'middle' ? middle : left}
        y={top + TRACK_HEIGHT + LINE_HEIGHT + 2}
        textAnchor={anchor}
        className={chartClass('rowValue')}
      >
        {row.placement}
      </text>
    </g>
  );
}
