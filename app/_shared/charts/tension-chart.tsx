'use client';

import type { BarShapeProps } from 'recharts';

import { chartClass } from './chart-class';
import { RowChart, RowName, rowBand, withLines } from './row-chart';
import { LINE_HEIGHT, rowLayout, TENSION_ROW, TENSION_ROWS } from '@/lib/charts/rows';
import { linearScale, TENSION_DOMAIN } from '@/lib/charts/scale';

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
  const { wrapped, lines, height } = rowLayout(
    TENSION_ROWS,
    rows.map((r) => r.name),
    width,
  );
  return (
    <RowChart
      className={chartClass('chart')}
      data={withLines(rows, wrapped, (row) => row.position ?? 0)}
      width={width}
      height={height}
      domain={[-100, 100]}
      marginX={TENSION_ROWS.marginX}
      row={(props) => <TensionRowShape {...props} lines={lines} />}
    />
  );
}

function TensionRowShape(props: BarShapeProps & { lines: number }) {
  const band = rowBand<Row>(props);
  if (!band) return <g />;
  const { left, width, row } = band;
  const at = linearScale(TENSION_DOMAIN, [left, left + width]);
  const middle = at(0);
  const top = band.y + 10 + props.lines * LINE_HEIGHT;
  const end = row.position === null ? middle : at(row.position);
  const anchor =
    row.label === 'product-first' ? 'end' : row.label === 'balanced' ? 'middle' : 'start';
  return (
    <g>
      <RowName lines={row.lines} left={left} y={band.y} className={chartClass('rowName')} />
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
