import { bracketPath } from '@/lib/charts/bracket';
import type { FitChartGeometry } from '@/lib/charts/fit-chart';

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
      <defs>
        <pattern
          id={HATCH_ID}
          width="8"
          height="8"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
          className={chartClass('cpo')}
        >
          <rect width="8" height="8" className={chartClass('toneFill')} />
          <rect width="2.5" height="8" className={chartClass('hatchLine')} />
        </pattern>
      </defs>
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
          <rect
            x={bar.x}
            y={bar.y}
            width={bar.width}
            height={bar.height}
            rx={4}
            {...(bar.role === 'cto'
              ? { className: chartClass('toneFill') }
              : { fill: `url(#${HATCH_ID})`, className: chartClass('toneOutline') })}
          />
          {(['whiskerHalo', 'whisker'] as const).map((name) => (
            <path key={name} d={bracketPath(bar.bracket)} className={chartClass(name)} />
          ))}
          <text
            x={bar.label.x}
            y={bar.label.y}
            dy="0.35em"
            className={chartClass(bar.label.inside ? 'barLabelOn' : 'barLabelOutside')}
          >
            {bar.label.text}
          </text>
        </g>
      ))}
    </svg>
  );
}
