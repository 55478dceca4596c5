'use client';

import { Bar, BarChart, XAxis, YAxis, type BarShapeProps } from 'recharts';

import { chartClass } from './chart-class';
import { COMPETENCY_ROW, LINE_HEIGHT, MARGIN_X, rowGeometry } from './row-layout';

/** One competency row of the chart. */
export interface CompetencyDatum {
  readonly id: string;
  readonly name: string;
  /** 0–100, or null when not measured. */
  readonly score: number | null;
  readonly ideal: { readonly cto: number; readonly cpo: number };
}

interface Row extends CompetencyDatum {
  readonly value: number;
  readonly lines: readonly string[];
}

const TRACK_HEIGHT = COMPETENCY_ROW.track;
const MARKER = COMPETENCY_ROW.marker;

/**
 * Every competency as a bar on the 0–100 scale with its name above, a downward triangle where the
 * CTO ideal sits and an upward one for the CPO ideal, so that the shapes compare at a glance.
 */
export default function CompetencyChart({
  rows,
  width,
}: {
  rows: readonly CompetencyDatum[];
  width: number;
}) {
  const { wrapped, lines, height } = rowGeometry(
    'competency',
    rows.map((r) => r.name),
    width,
  );
  const data: Row[] = rows.map((row, i) => ({
    ...row,
    value: row.score ?? 0,
    lines: wrapped[i] ?? [row.name],
  }));
  return (
    <BarChart
      className={chartClass('chart')}
      layout="vertical"
      data={data}
      width={width}
      height={height}
      margin={{ top: 4, right: MARGIN_X, bottom: 4, left: MARGIN_X }}
      barCategoryGap={0}
      accessibilityLayer={false}
    >
      <XAxis type="number" domain={[0, 100]} hide />
      <YAxis type="category" dataKey="id" hide />
      <Bar
        dataKey="value"
        isAnimationActive={false}
        shape={(props: BarShapeProps) => <CompetencyRowShape {...props} lines={lines} />}
      />
    </BarChart>
  );
}

function CompetencyRowShape(props: BarShapeProps & { lines: number }) {
  const band = props.background;
  const row = props.payload as Row | undefined;
  if (!band || band.x === null || band.y === null || !row) return <g />;
  const left = band.x;
  const width = band.width;
  const at = (value: number) => left + (width * value) / 100;
  const top = band.y + 4 + props.lines * LINE_HEIGHT + MARKER + 2;
  const bottom = top + TRACK_HEIGHT;
  const cto = at(row.ideal.cto);
  const cpo = at(row.ideal.cpo);
  return (
    <g>
      <text x={left} y={band.y + 4} className={chartClass('rowName')}>
        {row.lines.map((line, i) => (
          <tspan key={i} x={left} dy={i === 0 ? LINE_HEIGHT - 4 : LINE_HEIGHT}>
            {line}
          </tspan>
        ))}
      </text>
      {row.score !== null && (
        <text
          x={left + width}
          y={band.y + LINE_HEIGHT}
          textAnchor="end"
          className={chartClass('rowValue')}
        >
          {row.score}
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
