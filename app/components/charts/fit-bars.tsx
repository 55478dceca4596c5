'use client';

import { spreadLabels } from '@/lib/report/spread-labels';

import { chartClass } from './chart-class';
import { FIT_CHART_HEIGHT } from './row-layout';

export interface FitBarsProps {
  readonly fit: { readonly cto: number; readonly cpo: number };
  /** The level word of each fit, e.g. "Solid", shown beside the number. */
  readonly levels: { readonly cto: string; readonly cpo: string };
  /** The thresholds of the fit levels, drawn as grid lines with their values. */
  readonly ticks: readonly number[];
  readonly width: number;
}

const AXIS_WIDTH = 46;
const MARGIN_RIGHT = 18;
const BAR_HEIGHT = 38;
const TICK_CHAR_WIDTH = 8;
const HATCH_ID = 'fit-bars-hatch';

/**
 * CTO and CPO fit as two labelled horizontal bars on the 0–100 scale, drawn as plain SVG: the
 * headline chart must not wait for, or pay for, the charting library. The CPO bar is hatched so
 * that the two differ in more than colour.
 */
export function FitBars({ fit, levels, ticks, width }: FitBarsProps) {
  const plotWidth = Math.max(0, width - AXIS_WIDTH - MARGIN_RIGHT);
  const at = (value: number) => AXIS_WIDTH + (plotWidth * value) / 100;
  const plotBottom = FIT_CHART_HEIGHT - 26;
  const tickCentres = spreadLabels(
    ticks.map(at),
    ticks.map((t) => String(t).length * TICK_CHAR_WIDTH),
    0,
    width,
  );
  const bars = [
    { key: 'cto', role: 'CTO', value: fit.cto, label: `${fit.cto} · ${levels.cto}`, y: 18 },
    { key: 'cpo', role: 'CPO', value: fit.cpo, label: `${fit.cpo} · ${levels.cpo}`, y: 74 },
  ] as const;
  return (
    <svg
      width={width}
      height={FIT_CHART_HEIGHT}
      viewBox={`0 0 ${width} ${FIT_CHART_HEIGHT}`}
      className={chartClass('chart')}
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
        >
          <rect width="8" height="8" className={chartClass('cpoFill')} />
          <rect width="2.5" height="8" className={chartClass('hatchLine')} />
        </pattern>
      </defs>
      {ticks.map((tick, i) => (
        <g key={tick}>
          <line
            x1={at(tick)}
            x2={at(tick)}
            y1={4}
            y2={plotBottom}
            className={chartClass('gridLine')}
          />
          <text
            x={tickCentres[i] ?? at(tick)}
            y={plotBottom + 18}
            textAnchor="middle"
            className={chartClass('tickLabel')}
          >
            {tick}
          </text>
        </g>
      ))}
      {bars.map((bar) => {
        const barWidth = Math.max(at(bar.value) - AXIS_WIDTH, 2);
        const inside = barWidth >= bar.label.length * 8.6 + 16;
        return (
          <g key={bar.key}>
            <text
              x={AXIS_WIDTH - 8}
              y={bar.y + BAR_HEIGHT / 2}
              dy="0.35em"
              textAnchor="end"
              className={chartClass('roleLabel')}
            >
              {bar.role}
            </text>
            <rect
              x={AXIS_WIDTH}
              y={bar.y}
              width={barWidth}
              height={BAR_HEIGHT}
              rx={4}
              {...(bar.key === 'cto'
                ? { className: chartClass('ctoFill') }
                : { fill: `url(#${HATCH_ID})`, className: chartClass('cpoOutline') })}
            />
            <text
              x={inside ? AXIS_WIDTH + 10 : AXIS_WIDTH + barWidth + 8}
              y={bar.y + BAR_HEIGHT / 2}
              dy="0.35em"
              className={chartClass(inside ? `barLabel-${bar.key}` : 'barLabelOutside')}
            >
              {bar.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
