'use client';

import { Bar, Scatter } from 'recharts';

import { chartClass } from '@/app/_shared/charts/chart-class';
import { overlayLayout } from '@/app/_shared/charts/chart-layouts';
import { CategoryChart, SCORE_AXES } from '@/app/_shared/charts/category-axes';

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
  const data = rows.map(({ name, scores: [a, b] }) => ({
    name,
    a,
    b,
    value: `${a ?? '–'} · ${b ?? '–'}`,
    gap: a !== null && b !== null ? [Math.min(a, b), Math.max(a, b)] : null,
  }));
  return (
    <CategoryChart layout={overlayLayout(rows, width)} data={data} axes={SCORE_AXES}>
      <Bar
        dataKey="gap"
        barSize={3}
        isAnimationActive={false}
        className={chartClass('gapFill')}
        tooltipType="none"
      />
      {(['a', 'b'] as const).map((person, i) => (
        <Scatter
          key={person}
          dataKey={person}
          name={names?.[i] ?? ''}
          isAnimationActive={false}
          shape={({ cx, cy }: MarkProps) => <PersonMark cx={cx} cy={cy} person={person} />}
        />
      ))}
    </CategoryChart>
  );
}

/** The first person's mark, a circle, or the second's, a square, so they differ in more than colour. */
function PersonMark({ cx, cy, person }: MarkProps & { person: 'a' | 'b' }) {
  if (cx === undefined || cy === undefined) return <g />;
  return person === 'a' ? (
    <circle cx={cx} cy={cy} r={MARK} data-person="a" className={chartClass('toneMark')} />
  ) : (
    <rect
      x={cx - MARK + 0.5}
      y={cy - MARK + 0.5}
      width={2 * MARK - 1}
      height={2 * MARK - 1}
      data-person="b"
      className={chartClass('toneMark')}
    />
  );
}
