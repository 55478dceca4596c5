import { bracketPath } from '@/lib/charts/bracket';
import type { FitChartGeometry } from '@/lib/charts/fit-chart';

import { BarLabel, HatchPattern, ScoreBar } from './bar-parts';
import { chartClass } from './chart-class';

const HATCH_ID = 'fit-chart-hatch';

/**
 * The headline chart in plain SVG, laid out from its geometry: CTO and CPO fit as two bars with a
 * grid line at each fit level, a bracket across each bar's end for its range, and the number and
 * level word on or after each bar. The CPO bar is hatched, so that the two differ in more than
 * colour. It holds no state, so it renders anywhere, the server included.
 */
export function FitChart({ geometry }: { geometry: FitChartGeometry }) {
  const { width, height, plot, grid, tickLabels, bars } = geometry;
  return (
    <svg
      className={chartClass('chart')}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      focusable="false"
    >
      <HatchPattern id={HATCH_ID} tone={{ className: chartClass('cpo') }} />
      {grid.map((line) => (
        <line
          key={line.value}
          x1={line.x}
          x2={line.x}
          y1={plot.top}
          y2={plot.bottom}
          className={chartClass('gridLine')}
        />
      ))}
      {tickLabels.map((tick) => (
        <text
          key={tick.text}
          x={tick.x}
          y={tick.y}
          dy="0.71em"
          textAnchor="middle"
          className={chartClass('tickLabel')}
        >
          {tick.text}
        </text>
      ))}
      {bars.map((bar) => (
        <g key={bar.role} className={chartClass(bar.role)}>
          <text
            x={bar.nameAt.x}
            y={bar.nameAt.y}
            dy="0.35em"
            textAnchor="end"
            className={chartClass('roleLabel')}
          >
            {bar.name}
          </text>
          <ScoreBar bar={bar} hatch={bar.role === 'cto' ? null : HATCH_ID} />
          {(['whiskerHalo', 'whisker'] as const).map((name) => (
            <path key={name} d={bracketPath(bar.bracket)} className={chartClass(name)} />
          ))}
          <BarLabel label={bar.label} />
        </g>
      ))}
    </svg>
  );
}
