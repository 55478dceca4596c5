'use client';

import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';

import type { TrendPoint } from '@/lib/history/describe-trend';
import { FIT_LEVELS } from '@/lib/scoring/fit-level';

import styles from './history.module.css';
import { TREND_CHART_HEIGHT } from './trend-chart-size';

/** A class of history.module.css as a plain string, as recharts' strict prop types want it. */
const css = (name: string): string => styles[name] ?? '';

const TICKS = [0, FIT_LEVELS.emerging, FIT_LEVELS.solid, FIT_LEVELS.strong, 100];

interface Props {
  points: readonly TrendPoint[];
  width: number;
  dateLabel: (iso: string) => string;
}

interface MarkProps {
  cx?: number | undefined;
  cy?: number | undefined;
  index?: number | undefined;
}

/**
 * CTO fit as a solid line with round marks and CPO fit as a dashed line with square marks, so the
 * two differ in more than colour; one point per result, evenly spaced, oldest on the left. Drawn
 * once, without animation.
 */
export default function TrendChart({ points, width, dateLabel }: Props) {
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
      accessibilityLayer={false}
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
      <Line
        dataKey="cto"
        type="linear"
        isAnimationActive={false}
        className={css('ctoLine')}
        strokeWidth={2.5}
        dot={(props: MarkProps) => (
          <circle
            key={`cto-${props.index ?? 0}`}
            cx={props.cx}
            cy={props.cy}
            r={5}
            className={css('ctoMark')}
          />
        )}
        activeDot={false}
      />
      <Line
        dataKey="cpo"
        type="linear"
        isAnimationActive={false}
        className={css('cpoLine')}
        strokeWidth={2.5}
        strokeDasharray="7 4"
        dot={(props: MarkProps) => (
          <rect
            key={`cpo-${props.index ?? 0}`}
            x={(props.cx ?? 0) - 5}
            y={(props.cy ?? 0) - 5}
            width={10}
            height={10}
            className={css('cpoMark')}
          />
        )}
        activeDot={false}
      />
    </LineChart>
  );
}
