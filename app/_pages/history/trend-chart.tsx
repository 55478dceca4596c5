'use client';

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';

import { chartClass, classReader } from '@/app/_shared/charts/chart-class';
import { TOOLTIP_STYLE } from '@/app/_shared/charts/series-marks';

import type { TrendPoint } from '@/lib/history/describe-trend';
import { FIT_LEVELS } from '@/lib/scoring/fit-level';

import styles from './history.module.css';
import { TREND_CHART_HEIGHT, TREND_LEGEND_HEIGHT } from './trend-chart-size';

const css = classReader(styles);

const TICKS = [0, FIT_LEVELS.emerging, FIT_LEVELS.solid, FIT_LEVELS.strong, 100];

const LINES = [
  { role: 'cto', dashed: false },
  { role: 'cpo', dashed: true },
] as const;

interface Props {
  points: readonly TrendPoint[];
  width: number;
  dateLabel: (iso: string) => string;
  /** Each line's name in the legend (beside its solid or dashed key) and tooltip, e.g. "CTO fit". */
  names: { readonly cto: string; readonly cpo: string };
}

interface MarkProps {
  cx?: number | undefined;
  cy?: number | undefined;
  index?: number | undefined;
}

/**
 * CTO fit as a solid line with round marks and CPO fit as a dashed line with square marks, so the
 * two differ in more than colour; one point per result, evenly spaced, oldest on the left, with
 * recharts' legend, and a tooltip the arrow keys move from result to result. Drawn once, without
 * animation.
 */
export default function TrendChart({ points, width, dateLabel, names }: Props) {
  const data = points.map((point, index) => ({
    index,
    cto: point.fit.cto,
    cpo: point.fit.cpo,
  }));
  const narrow = width < 420;
  return (
    <LineChart
      className={css('chart')}
      width={width}
      height={TREND_CHART_HEIGHT}
      data={data}
      margin={{ top: 12, right: narrow ? 14 : 24, bottom: 4, left: 0 }}
    >
      <CartesianGrid vertical={false} />
      <XAxis
        dataKey="index"
        type="number"
        domain={[0, Math.max(points.length - 1, 1)]}
        ticks={data.map((d) => d.index)}
        tickFormatter={(index: number) => {
          const point = points[index];
          return point ? dateLabel(point.finishedAt) : '';
        }}
        interval="preserveStartEnd"
        minTickGap={narrow ? 12 : 20}
        padding={{ left: 16, right: 16 }}
        tickLine={false}
      />
      <YAxis
        domain={[0, 100]}
        ticks={TICKS}
        interval={0}
        width={36}
        tickLine={false}
        axisLine={false}
      />
      <Tooltip
        contentStyle={TOOLTIP_STYLE}
        labelFormatter={(index) => {
          const point = points[Number(index)];
          return point ? dateLabel(point.finishedAt) : '';
        }}
      />
      <Legend verticalAlign="top" height={TREND_LEGEND_HEIGHT} iconSize={28} itemSorter={null} />
      {LINES.map((line) => (
        <Line
          key={line.role}
          dataKey={line.role}
          name={names[line.role]}
          legendType="plainline"
          type="linear"
          isAnimationActive={false}
          // The legend draws its key in the line's own stroke.
          stroke={`var(--${line.role})`}
          strokeWidth={2.5}
          {...(line.dashed ? { strokeDasharray: '7 4' } : {})}
          dot={(props: MarkProps) => (
            <Mark key={`${line.role}-${props.index ?? 0}`} role={line.role} {...props} />
          )}
          activeDot={false}
        />
      ))}
    </LineChart>
  );
}

/** A round mark for CTO, a square one for CPO, at a point of the line. */
function Mark({ role, cx = 0, cy = 0 }: MarkProps & { role: 'cto' | 'cpo' }) {
  return role === 'cto' ? (
    <circle cx={cx} cy={cy} r={5} className={chartClass('ctoMarker')} />
  ) : (
    <rect x={cx - 5} y={cy - 5} width={10} height={10} className={chartClass('cpoMarker')} />
  );
}
