'use client';

import { Bar, CartesianGrid, ComposedChart, Scatter, Tooltip, XAxis, YAxis } from 'recharts';

import { chartClass, classReader } from '@/app/_shared/charts/chart-class';
import { overlayLayout } from '@/app/_shared/charts/chart-layouts';
import { NameTick } from '@/app/_shared/charts/name-tick';
import { TOOLTIP_STYLE } from '@/app/_shared/charts/series-marks';
import { CHART_MARGIN } from '@/lib/charts/category-chart';
import { SCORE_DOMAIN } from '@/lib/charts/scale';

import styles from './compare.module.css';

const css = classReader(styles);
const TICKS = [0, 25, 50, 75, 100];
const MARK = 7;

/** One competency with both people's scores, 0–100 or null when not measured. */
export interface OverlayDatum {
  readonly id: string;
  readonly name: string;
  readonly scores: readonly [number | null, number | null];
}

interface MarkProps {
  readonly cx?: number | undefined;
  readonly cy?: number | undefined;
}

/**
 * Both competency profiles on one recharts chart: per competency the first person's score as a
 * circle and the second's as a square on the 0–100 axis, joined by a range bar that shows the
 * gap, with both scores on a category axis at the right and each person's in the tooltip.
 */
export default function CompetencyOverlay({
  rows,
  names,
  width,
}: {
  rows: readonly OverlayDatum[];
  /** The two people's names, for the tooltip. */
  names?: readonly [string, string] | undefined;
  width: number;
}) {
  const layout = overlayLayout(rows, width);
  const data = rows.map(({ name, scores: [a, b] }) => ({
    name,
    a,
    b,
    value: `${a ?? '–'} · ${b ?? '–'}`,
    gap: a !== null && b !== null ? [Math.min(a, b), Math.max(a, b)] : null,
  }));
  return (
    <ComposedChart
      className={css('svg')}
      layout="vertical"
      data={data}
      width={width}
      height={layout.height}
      margin={CHART_MARGIN}
      barCategoryGap={0}
    >
      <CartesianGrid horizontal={false} className={css('grid')} />
      <XAxis
        type="number"
        domain={[...SCORE_DOMAIN]}
        ticks={TICKS}
        interval={0}
        tickLine={false}
        className={css('tick')}
      />
      <YAxis
        type="category"
        dataKey="name"
        width={layout.nameWidth}
        interval={0}
        tickLine={false}
        tick={(props) => <NameTick {...props} lines={layout.lines} className={css('rowName')} />}
      />
      <YAxis
        yAxisId="values"
        orientation="right"
        type="category"
        dataKey="value"
        width={layout.valueWidth}
        interval={0}
        axisLine={false}
        tickLine={false}
        tick={(props) => (
          <NameTick {...props} lines={new Map()} anchor="start" className={css('rowValue')} />
        )}
      />
      <Tooltip contentStyle={TOOLTIP_STYLE} cursor={{ className: chartClass('cursor') }} />
      <Bar
        dataKey="gap"
        barSize={3}
        isAnimationActive={false}
        className={chartClass('gapFill')}
        tooltipType="none"
      />
      <Scatter
        dataKey="a"
        name={names?.[0] ?? ''}
        isAnimationActive={false}
        shape={({ cx, cy }: MarkProps) =>
          cx === undefined || cy === undefined ? (
            <g />
          ) : (
            <circle cx={cx} cy={cy} r={MARK} className={css('markA')} />
          )
        }
      />
      <Scatter
        dataKey="b"
        name={names?.[1] ?? ''}
        isAnimationActive={false}
        shape={({ cx, cy }: MarkProps) =>
          cx === undefined || cy === undefined ? (
            <g />
          ) : (
            <rect
              x={cx - MARK + 0.5}
              y={cy - MARK + 0.5}
              width={2 * MARK - 1}
              height={2 * MARK - 1}
              className={css('markB')}
            />
          )
        }
      />
    </ComposedChart>
  );
}
