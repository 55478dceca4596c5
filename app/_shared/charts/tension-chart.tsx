'use client';

import { Bar, ReferenceLine, Rectangle, type BarShapeProps } from 'recharts';

import { TENSION_DOMAIN } from '@/lib/charts/scale';

import { CategoryChart } from './category-axes';
import { chartClass } from './chart-class';
import { tensionLayout } from './chart-layouts';

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
  return (
    <CategoryChart
      layout={tensionLayout(rows, width)}
      data={rows.map(({ name, position, placement }) => ({ name, position, placement }))}
      axes={{
        domain: TENSION_DOMAIN,
        ticks: TICKS,
        formatter: (_value, _name, item) => [String(item.payload?.placement ?? ''), ''],
      }}
    >
      <ReferenceLine x={0} className={chartClass('midline')} />
      <Bar
        dataKey="position"
        barSize={14}
        isAnimationActive={false}
        background={{ className: chartClass('track'), radius: 4 }}
        shape={(props: BarShapeProps) => (
          <Rectangle
            {...props}
            className={`${chartClass('toneFill')} ${chartClass(
              ((props.payload as { position: number | null }).position ?? 0) < 0 ? 'cto' : 'cpo',
            )}`}
          />
        )}
      />
    </CategoryChart>
  );
}
