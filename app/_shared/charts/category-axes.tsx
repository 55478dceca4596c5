import type { ComponentProps, ReactNode } from 'react';
import { CartesianGrid, ComposedChart, Tooltip, XAxis, YAxis } from 'recharts';

import { axisTicks, CHART_MARGIN, type CategoryChartLayout } from '@/lib/charts/category-chart';
import { SCORE_DOMAIN } from '@/lib/charts/scale';

import { chartClass } from './chart-class';
import { NameTick } from './name-tick';
import { TOOLTIP_STYLE } from './series-marks';

/** The classes of the parts every category chart shares: grid lines, number ticks, names, values. */
export interface AxisClasses {
  readonly grid: string;
  readonly tick: string;
  readonly name: string;
  readonly value: string;
}

const CHART_CLASSES: AxisClasses = {
  grid: chartClass('gridLine'),
  tick: chartClass('tickLabel'),
  name: chartClass('rowName'),
  value: chartClass('rowValue'),
};

/**
 * What every chart of one row per category shares, as recharts parts to place inside its chart:
 * vertical grid lines, a number axis below on `domain`, the names (`name` of each datum) on a
 * category axis at the left, with `values` the `value` of each datum on a second one at the
 * right, and the tooltip.
 */
export function categoryAxes({
  layout,
  domain,
  ticks,
  values = false,
  classes = CHART_CLASSES,
  formatter,
}: {
  layout: CategoryChartLayout;
  domain: readonly [number, number];
  ticks: readonly number[];
  values?: boolean;
  classes?: AxisClasses;
  formatter?: ComponentProps<typeof Tooltip>['formatter'];
}) {
  return (
    <>
      <CartesianGrid horizontal={false} className={classes.grid} />
      <XAxis
        type="number"
        domain={[...domain]}
        ticks={[...axisTicks(ticks, layout.narrow)]}
        interval={0}
        tickLine={false}
        tick={{ className: classes.tick }}
      />
      <YAxis
        type="category"
        dataKey="name"
        width={layout.nameWidth}
        interval={0}
        tickLine={false}
        tick={(props) => <NameTick {...props} lines={layout.lines} className={classes.name} />}
      />
      {values && layout.valueWidth > 0 && (
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
            <NameTick {...props} lines={new Map()} anchor="start" className={classes.value} />
          )}
        />
      )}
      <Tooltip
        contentStyle={TOOLTIP_STYLE}
        cursor={{ className: chartClass('track') }}
        {...(formatter ? { formatter, separator: '' } : {})}
      />
    </>
  );
}

/** The 0–100 score scale, a tick every 25, with each bar's value written beside it. */
export const SCORE_AXES = {
  domain: SCORE_DOMAIN,
  ticks: [0, 25, 50, 75, 100],
  values: true,
} satisfies Omit<Parameters<typeof categoryAxes>[0], 'layout'>;

/**
 * A recharts chart of one row per category (`name` of each datum), sized by its layout, with the
 * shared axes, grid and tooltip of {@link categoryAxes}; `children` are its series.
 */
export function CategoryChart({
  layout,
  data,
  className = chartClass('chart'),
  axes,
  children,
}: {
  layout: CategoryChartLayout;
  data: readonly object[];
  className?: string;
  axes: Omit<Parameters<typeof categoryAxes>[0], 'layout'>;
  children: ReactNode;
}) {
  return (
    <ComposedChart
      className={className}
      data={[...data]}
      layout="vertical"
      width={layout.width}
      height={layout.height}
      margin={CHART_MARGIN}
      barCategoryGap={0}
    >
      {categoryAxes({ layout, ...axes })}
      {children}
    </ComposedChart>
  );
}
