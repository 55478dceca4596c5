'use client';

import type { BarShapeProps } from 'recharts';

import { chartClass } from './chart-class';
import { RowChart, RowName, rowBand, withLines } from './row-chart';
import {
  COMPETENCY_ROW,
  COMPETENCY_ROWS,
  LINE_HEIGHT,
  longestValue,
  rowLayout,
} from '@/lib/charts/rows';
import { bracketPath, rangeBracket } from '@/lib/charts/bracket';
import { linearScale, SCORE_DOMAIN } from '@/lib/charts/scale';

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

interface Row extends CompetencyDatum {
  readonly value: number;
  readonly lines: readonly string[];
}

const TRACK_HEIGHT = COMPETENCY_ROW.track;
const MARKER = COMPETENCY_ROW.marker;

/**
 * Every competency as a bar on the 0–100 scale with its name above, a bracket across the bar's end
 * for its range, a downward triangle where the CTO ideal sits and an upward one for the CPO ideal,
 * so that the shapes compare at a glance.
 */
export default function CompetencyChart({
  rows,
  width,
}: {
  rows: readonly CompetencyDatum[];
  width: number;
}) {
  const { wrapped, lines, height } = rowLayout(
    COMPETENCY_ROWS,
    rows.map((r) => r.name),
    width,
    longestValue(rows.map((r) => r.chartValue)),
  );
  return (
    <RowChart
      className={chartClass('chart')}
      data={withLines(rows, wrapped, (row) => row.score ?? 0)}
      width={width}
      height={height}
      domain={[0, 100]}
      marginX={COMPETENCY_ROWS.marginX}
      row={(props) => <CompetencyRowShape {...props} lines={lines} />}
    />
  );
}

function CompetencyRowShape(props: BarShapeProps & { lines: number }) {
  const band = rowBand<Row>(props);
  if (!band) return <g />;
  const { left, width, row } = band;
  const at = linearScale(SCORE_DOMAIN, [left, left + width]);
  const top = band.y + 4 + props.lines * LINE_HEIGHT + MARKER + 2;
  const bottom = top + TRACK_HEIGHT;
  const cto = at(row.ideal.cto);
  const cpo = at(row.ideal.cpo);
  const whisker = row.range && bracketPath(rangeBracket(row.range, at, top + TRACK_HEIGHT / 2, 8));
  return (
    <g>
      <RowName lines={row.lines} left={left} y={band.y} className={chartClass('rowName')} />
      {row.chartValue !== null && (
        <text
          x={left + width}
          y={band.y + LINE_HEIGHT}
          textAnchor="end"
          className={chartClass('rowValue')}
        >
          {row.chartValue}
        </text>
      )}
      <rect
        x={left}
        y={top}
        width={width}
        height={TRACK_HEIGHT}
        rx={4}
        className={chartClass('track')}
      />
      {row.score === null ? (
        <text x={left + 8} y={bottom - 2} className={chartClass('unmeasured')}>
          not measured
        </text>
      ) : (
        <rect
          x={left}
          y={top}
          width={Math.max(at(row.score) - left, 2)}
          height={TRACK_HEIGHT}
          rx={4}
          className={chartClass('scoreFill')}
        />
      )}
      {whisker !== null &&
        ['whiskerHalo', 'whisker'].map((name) => (
          <path key={name} d={whisker} className={chartClass(name)} />
        ))}
      <line x1={cto} x2={cto} y1={top - 1} y2={bottom - 2} className={chartClass('ctoTick')} />
      <line x1={cpo} x2={cpo} y1={top + 2} y2={bottom + 1} className={chartClass('cpoTick')} />
      <path
        d={`M${cto - MARKER * 0.7} ${top - MARKER - 1}h${MARKER * 1.4}l${-MARKER * 0.7} ${MARKER}z`}
        className={chartClass('ctoMarker')}
      />
      <path
        d={`M${cpo - MARKER * 0.7} ${bottom + MARKER + 1}h${MARKER * 1.4}l${-MARKER * 0.7} ${-MARKER}z`}
        className={chartClass('cpoMarker')}
      />
    </g>
  );
}
