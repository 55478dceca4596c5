'use client';

import { Bar, ErrorBar, Scatter } from 'recharts';

import { useWords } from '../page-words';

import { CategoryChart, SCORE_AXES } from './category-axes';
import { chartClass } from './chart-class';
import { competencyLayout, NOT_MEASURED } from './chart-layouts';
import { IdealMark } from './series-marks';

/** One competency row of the chart. */
export interface CompetencyDatum {
  readonly id: string;
  readonly name: string;
  /** 0–100, or null when not measured. */
  readonly score: number | null;
  /** Where the score probably lies, drawn as a bracket across the end of its bar. */
  readonly range: { readonly low: number; readonly high: number } | null;
  /** The words beside the bar, e.g. "62 (55–70)"; null when not measured. */
  readonly chartValue: string | null;
  readonly ideal: { readonly cto: number; readonly cpo: number };
}

const IDEALS = [
  { role: 'cto', name: 'CTO ideal' },
  { role: 'cpo', name: 'CPO ideal' },
] as const;

/**
 * Every competency as a bar on recharts' 0–100 axis, named on its category axis, with its range
 * as an error bar, its score (and range) on a second category axis at the right, a downward
 * triangle where the CTO ideal sits and an upward one for the CPO ideal. A tooltip and the arrow
 * keys (recharts' accessibility layer) read each row out.
 */
export default function CompetencyChart({
  rows,
  width,
}: {
  rows: readonly CompetencyDatum[];
  width: number;
}) {
  const data = rows.map((row) => ({
    name: row.name,
    value: row.chartValue ?? NOT_MEASURED,
    score: row.score,
    range:
      row.score !== null && row.range
        ? [row.score - row.range.low, row.range.high - row.score]
        : undefined,
    cto: row.ideal.cto,
    cpo: row.ideal.cpo,
  }));
  const { legend } = useWords('result').competencies;
  return (
    <CategoryChart layout={competencyLayout(rows, width)} data={data} axes={SCORE_AXES}>
      <Bar
        dataKey="score"
        name={legend.score}
        barSize={12}
        radius={4}
        isAnimationActive={false}
        className={chartClass('scoreFill')}
        background={{ className: chartClass('track'), radius: 4 }}
      >
        <ErrorBar
          dataKey="range"
          direction="x"
          width={8}
          isAnimationActive={false}
          className={chartClass('whisker')}
        />
      </Bar>
      {IDEALS.map(({ role, name }) => (
        <Scatter
          key={role}
          dataKey={role}
          name={name}
          isAnimationActive={false}
          shape={(props: { cx?: number | undefined; cy?: number | undefined }) => (
            <IdealMark cx={props.cx} cy={props.cy} role={role} />
          )}
        />
      ))}
    </CategoryChart>
  );
}
