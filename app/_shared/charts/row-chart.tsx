'use client';

import type { ReactElement } from 'react';
import { Bar, BarChart, XAxis, YAxis, type BarShapeProps } from 'recharts';

import { LINE_HEIGHT } from '@/lib/charts/rows';

/**
 * A chart of one row per item, laid out by recharts: a vertical bar chart whose axes are hidden
 * and whose bar shape, `row`, draws each row whole (its name, track and marks) in the band
 * recharts gives it. Every row needs an `id` (its category) and a `value` on `domain`.
 */
export function RowChart<T extends { readonly id: string; readonly value: number }>({
  data,
  width,
  height,
  domain,
  marginX,
  className,
  row,
}: {
  data: readonly T[];
  width: number;
  height: number;
  domain: readonly [number, number];
  /** Space at the left and right of every row, in px. */
  marginX: number;
  className: string;
  row: (props: BarShapeProps) => ReactElement;
}) {
  return (
    <BarChart
      className={className}
      layout="vertical"
      data={[...data]}
      width={width}
      height={height}
      margin={{ top: 4, right: marginX, bottom: 4, left: marginX }}
      barCategoryGap={0}
      accessibilityLayer={false}
    >
      <XAxis type="number" domain={[...domain]} hide />
      <YAxis type="category" dataKey="id" hide />
      <Bar dataKey="value" isAnimationActive={false} shape={row} />
    </BarChart>
  );
}

/** Each row with the value recharts places it by and its name's wrapped lines (`wrapped[i]`). */
export function withLines<T extends { readonly name: string }>(
  rows: readonly T[],
  wrapped: readonly (readonly string[])[],
  value: (row: T) => number,
): (T & { readonly value: number; readonly lines: readonly string[] })[] {
  return rows.map((row, i) => ({ ...row, value: value(row), lines: wrapped[i] ?? [row.name] }));
}

/** A row's band in the chart (its left edge, top and width) and the row it draws. */
export interface RowBand<T> {
  readonly left: number;
  readonly y: number;
  readonly width: number;
  readonly row: T;
}

/** The band recharts hands a row's shape, or null while it has not laid that row out. */
export function rowBand<T>(props: BarShapeProps): RowBand<T> | null {
  const band = props.background;
  const row = props.payload as T | undefined;
  if (!band || band.x === null || band.y === null || !row) return null;
  return { left: band.x, y: band.y, width: band.width, row };
}

/** A row's name at the top left of its band, one `tspan` per wrapped line. */
export function RowName({
  lines,
  left,
  y,
  className,
  lineHeight = LINE_HEIGHT,
}: {
  lines: readonly string[];
  left: number;
  y: number;
  className: string;
  lineHeight?: number;
}) {
  return (
    <text x={left} y={y + 4} className={className}>
      {lines.map((line, i) => (
        <tspan key={i} x={left} dy={i === 0 ? lineHeight - 4 : lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
