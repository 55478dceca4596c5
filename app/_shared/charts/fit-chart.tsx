'use client';

import { Bar, BarChart, CartesianGrid, XAxis, YAxis, type BarShapeProps } from 'recharts';

import { spreadLabels } from '@/lib/report/spread-labels';

import type { FitChartClasses } from './fit-chart-classes';
import { FIT_CHART_HEIGHT } from './row-layout';

export interface FitChartProps {
  readonly fit: { readonly cto: number; readonly cpo: number };
  /** Where each fit probably lies, drawn as a bracket across the end of its bar. */
  readonly ranges: {
    readonly cto: { readonly low: number; readonly high: number };
    readonly cpo: { readonly low: number; readonly high: number };
  };
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
  readonly range: { readonly low: number; readonly high: number };
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
export default function FitChart({ fit, ranges, levels, ticks, width, classes }: FitChartProps) {
  const data: Row[] = [
    {
      key: 'cto',
      name: 'CTO',
      value: fit.cto,
      range: ranges.cto,
      labels: [`${fit.cto} · ${levels.cto}`, `${fit.cto}`],
    },
    {
      key: 'cpo',
      name: 'CPO',
      value: fit.cpo,
      range: ranges.cpo,
      labels: [`${fit.cpo} · ${levels.cpo}`, `${fit.cpo}`],
    },
  ];
  // Thresholds close together (45 and 55 on a phone) would print their numbers over each other:
  // each label moves just far enough aside, while its grid line stays where the value is.
  const plotWidth = Math.max(0, width - AXIS_WIDTH - MARGIN_RIGHT);
  const at = (value: number) => AXIS_WIDTH + (plotWidth * Math.max(0, Math.min(100, value))) / 100;
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
        shape={(props: BarShapeProps) => (
          <FitBarShape {...props} classes={classes} right={width} at={at} />
        )}
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
 * One fit's bar with a bracket across its end for its range, and its number and level inside the
 * bar (left of the bracket) or, on a short bar, just after the bracket; where neither fits (a
 * narrow phone), with its number alone, the level being in the numbers above.
 */
function FitBarShape(
  props: BarShapeProps & {
    classes: FitChartClasses;
    right: number;
    at: (value: number) => number;
  },
) {
  const { classes, right, at } = props;
  const row = props.payload as Row | undefined;
  const { x, y, width, height } = props;
  if (!row || x === undefined || y === undefined || width === undefined || !height) return <g />;
  const barWidth = Math.max(width, 2);
  const low = at(row.range.low);
  const high = at(row.range.high);
  const middle = y + height / 2;
  const cap = height * 0.3;
  const room = (label: string) => label.length * LABEL_CHAR_WIDTH + 16;
  const fitsInside = (label: string) => low - x >= room(label);
  // After the bar and its bracket, a label may run into the chart's right margin, kept for it.
  const after = Math.max(x + barWidth, high) + 8;
  const fitsAfter = (label: string) => right - after >= label.length * LABEL_CHAR_WIDTH;
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
      {[classes.whiskerHalo, classes.whisker].map((className) => (
        <path
          key={className}
          d={`M${low} ${middle}H${high}M${low} ${middle - cap}V${middle + cap}M${high} ${middle - cap}V${middle + cap}`}
          className={className}
        />
      ))}
      <text
        x={inside ? x + 10 : after}
        y={y + height / 2}
        dy="0.35em"
        className={inside ? classes[`barLabel-${row.key}`] : classes.barLabelOutside}
      >
        {label}
      </text>
    </g>
  );
}
