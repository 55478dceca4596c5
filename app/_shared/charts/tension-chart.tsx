'use client';

import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceLine,
  Rectangle,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
} from 'recharts';

import { CHART_MARGIN } from '@/lib/charts/category-chart';
import { TENSION_DOMAIN } from '@/lib/charts/scale';

import { chartClass } from './chart-class';
import { tensionLayout } from './chart-layouts';
import { NameTick } from './name-tick';
import { TOOLTIP_STYLE } from './series-marks';

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

const TICKS = [-100, -50, 0, 50, 100];

/**
 * Where the person sits on each tension: a bar on recharts' −100…+100 axis from the middle
 * towards technology (left, solid) or product (right, in the CPO colour), with the placement in
 * words in the tooltip, which the arrow keys move from row to row.
 */
export default function TensionChart({
  rows,
  width,
}: {
  rows: readonly TensionDatum[];
  width: number;
}) {
  const layout = tensionLayout(rows, width);
  const data = rows.map((row) => ({
    name: row.name,
    position: row.position,
    placement: row.placement,
  }));
  return (
    <BarChart
      className={chartClass('chart')}
      layout="vertical"
      data={data}
      width={width}
      height={layout.height}
      margin={CHART_MARGIN}
      barCategoryGap={0}
    >
      <CartesianGrid horizontal={false} className={chartClass('gridLine')} />
      <XAxis
        type="number"
        domain={[...TENSION_DOMAIN]}
        ticks={TICKS}
        interval={0}
        tickLine={false}
        className={chartClass('tickLabel')}
      />
      <YAxis
        type="category"
        dataKey="name"
        width={layout.nameWidth}
        interval={0}
        tickLine={false}
        tick={(props) => (
          <NameTick {...props} lines={layout.lines} className={chartClass('rowName')} />
        )}
      />
      <Tooltip
        contentStyle={TOOLTIP_STYLE}
        cursor={{ className: chartClass('cursor') }}
        formatter={(_value, _name, item) => [String(item.payload?.placement ?? ''), '']}
        separator=""
      />
      <ReferenceLine x={0} className={chartClass('midline')} />
      <Bar
        dataKey="position"
        barSize={14}
        isAnimationActive={false}
        background={{ className: chartClass('track'), radius: 4 }}
        shape={(props: BarShapeProps) => (
          <Rectangle
            {...props}
            className={chartClass(
              (props.payload as { position: number | null }).position! < 0 ? 'ctoFill' : 'cpoFill',
            )}
          />
        )}
      />
    </BarChart>
  );
}
