'use client';

import { Bar, BarChart, CartesianGrid, XAxis, YAxis, type BarShapeProps } from 'recharts';

import { spreadLabels } from '@/lib/report/spread-labels';

import type { FitChartClasses } from './fit-chart-classes';
import { FIT_CHART_HEIGHT } from './row-layout';

export interface FitChartProps {
  readonly fit: { readonly cto: number; readonly cpo: number };
  /** The level word of each fit, e.g. "Solid", shown beside the number. */
  readonly levels: { readonly cto: string; readonly cpo: string };
  /** The thresholds of the fit levels, drawn as grid lines with their values. */
  readonly ticks: readonly number[];
  readonly width: number;
  readonly classes: FitChartClasses;
}

interface Row {
  readonly key: 'cto' | 'cpo';
  readonly name: string;
  readonly value: number;
  /** What the bar says, longest first: the number and level, else the number alone. */
  readonly labels: readonly string[];
}

const AXIS_WIDTH = 46;
const MARGIN_RIGHT = 18;
const HATCH_ID = 'fit-chart-hatch';
/** Roughly how wide one character of a bar's 14px bold label is. */
const LABEL_CHAR_WIDTH = 8.6;
/** Roughly how wide one digit of a 13px tick label is. */
const TICK_CHAR_WIDTH = 8;

/**
 * CTO and CPO fit as two labelled horizontal bars on the 0–100 scale, with a grid line where
 * each fit level starts. The CPO bar is hatched, so that the two differ in more than colour.
 */
export default function FitChart({ fit, levels, ticks, width, classes }: FitChartProps) {
  const data: Row[] = [
    {
      key: 'cto',
      name: 'CTO',
      value: fit.cto,
      labels: [`${fit.cto} · ${levels.cto}`, `${fit.cto}`],
    },
    {
      key: 'cpo',
      name: 'CPO',
      value: fit.cpo,
      labels: [`${fit.cpo} · ${levels.cpo}`, `${fit.cpo}`],
    },
  ];
  // Thresholds close together (45 and 55 on a phone) would print their numbers over each other:
  // each label moves just far enough aside, while its grid line stays where the value is.
  const plotWidth = Math.max(0, width - AXIS_WIDTH - MARGIN_RIGHT);
  const labelCentres = spreadLabels(
    ticks.map((tick) => AXIS_WIDTH + (plotWidth * tick) / 100),
    ticks.map((tick) => String(tick).length * TICK_CHAR_WIDTH),
    0,
    width,
  );
  const tickLabelX = new Map(ticks.map((tick, i) => [tick, labelCentres[i]]));
  return (
    <BarChart
      className={classes.chart}
      layout="vertical"
      data={data}
      width={width}
      height={FIT_CHART_HEIGHT}
      id="fit-chart"
      margin={{ top: 4, right: MARGIN_RIGHT, bottom: 0, left: 0 }}
      barCategoryGap={14}
      accessibilityLayer={false}
    >
      <defs>
        <pattern
          id={HATCH_ID}
          width="8"
          height="8"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="8" height="8" className={classes.cpoFill} />
          <rect width="2.5" height="8" className={classes.hatchLine} />
        </pattern>
      </defs>
      <CartesianGrid horizontal={false} verticalValues={[...ticks]} className={classes.gridLine} />
      <XAxis
        type="number"
        domain={[0, 100]}
        ticks={[...ticks]}
        interval={0}
        axisLine={false}
        tickLine={false}
        tickMargin={6}
        height={26}
        tick={(props: TickProps) => (
          <AxisTick
            {...props}
            x={tickLabelX.get(Number(props.payload?.value)) ?? props.x}
            className={classes.tickLabel}
            dy="0.71em"
          />
        )}
      />
      <YAxis
        type="category"
        dataKey="name"
        width={AXIS_WIDTH}
        axisLine={false}
        tickLine={false}
        tickSize={0}
        tickMargin={10}
        tick={(props: TickProps) => (
          <AxisTick {...props} className={classes.roleLabel} dy="0.35em" />
        )}
      />
      <Bar
        dataKey="value"
        isAnimationActive={false}
        shape={(props: BarShapeProps) => <FitBarShape {...props} classes={classes} right={width} />}
      />
    </BarChart>
  );
}

interface TickProps {
  readonly x?: number | string | undefined;
  readonly y?: number | string;
  readonly textAnchor?: 'start' | 'middle' | 'end' | 'inherit';
  readonly payload?: { readonly value?: unknown };
}

/** An axis label that takes its colour from the stylesheet (recharts' own sets an inline grey). */
function AxisTick({
  x,
  y,
  textAnchor,
  payload,
  className,
  dy,
}: TickProps & { className: string; dy: string }) {
  return (
    <text x={x} y={y} dy={dy} textAnchor={textAnchor} className={className}>
      {String(payload?.value ?? '')}
    </text>
  );
}

/**
 * One fit's bar, with its number and level inside it or, on a short bar, just after it; where
 * neither fits (a narrow phone), with its number alone, the level being in the numbers above.
 */
function FitBarShape(props: BarShapeProps & { classes: FitChartClasses; right: number }) {
  const { classes, right } = props;
  const row = props.payload as Row | undefined;
  const { x, y, width, height } = props;
  if (!row || x === undefined || y === undefined || width === undefined || !height) return <g />;
  const barWidth = Math.max(width, 2);
  const room = (label: string) => label.length * LABEL_CHAR_WIDTH + 16;
  const fitsInside = (label: string) => barWidth >= room(label);
  // After the bar, a label may run into the chart's right margin, which is kept for it.
  const fitsAfter = (label: string) =>
    right - (x + barWidth + 8) >= label.length * LABEL_CHAR_WIDTH;
  const label =
    row.labels.find((candidate) => fitsInside(candidate) || fitsAfter(candidate)) ??
    row.labels.at(-1) ??
    '';
  const inside = fitsInside(label);
  return (
    <g>
      <rect
        x={x}
        y={y}
        width={barWidth}
        height={height}
        rx={4}
        {...(row.key === 'cto'
          ? { className: classes.ctoFill }
          : { fill: `url(#${HATCH_ID})`, className: classes.cpoOutline })}
      />
      <text
        x={inside ? x + 10 : x + barWidth + 8}
        y={y + height / 2}
        dy="0.35em"
        className={inside ? classes[`barLabel-${row.key}`] : classes.barLabelOutside}
      >
        {label}
      </text>
    </g>
  );
}
