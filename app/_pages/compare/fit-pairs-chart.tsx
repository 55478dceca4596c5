'use client';

import { BarLabel, HatchPattern, ScoreBar } from '@/app/_shared/charts/bar-parts';
import { chartClass } from '@/app/_shared/charts/chart-class';
import { useElementWidth } from '@/app/_shared/charts/use-element-width';
import {
  FIT_PAIRS_HEIGHT,
  fitPairsGeometry,
  type FitPairsGroupInput,
} from '@/lib/charts/fit-pairs-chart';

const HATCH = 'compare-hatch';

/**
 * Both people's CTO and CPO fits as four bars on one 0–100 scale, in plain SVG so that it draws
 * with the page, from the geometry in `lib/charts`. The first person's bars are solid and end in
 * a circle, the second's are hatched and end in a square, so that they differ in more than colour.
 */
export function FitPairsChart({ groups }: { groups: readonly FitPairsGroupInput[] }) {
  const { ref, width } = useElementWidth<HTMLDivElement>();
  return (
    <div ref={ref} className={chartClass('frame')} style={{ height: FIT_PAIRS_HEIGHT }}>
      {width > 0 && <Bars groups={groups} width={width} />}
    </div>
  );
}

function Bars({ groups, width }: { groups: readonly FitPairsGroupInput[]; width: number }) {
  const g = fitPairsGeometry(groups, width);
  return (
    <svg
      width={g.width}
      height={g.height}
      viewBox={`0 0 ${g.width} ${g.height}`}
      className={chartClass('chart')}
      aria-hidden="true"
      focusable="false"
    >
      <HatchPattern id={HATCH} tone={{ 'data-person': 'b' }} />
      {g.ticks.map((tick) => (
        <g key={tick.value}>
          <line
            x1={tick.x}
            x2={tick.x}
            y1={g.grid.top}
            y2={g.grid.bottom}
            className={chartClass('gridLine')}
          />
          <text
            x={tick.x}
            y={g.grid.bottom + 16}
            textAnchor={tick.anchor}
            className={chartClass('tickLabel')}
          >
            {tick.value}
          </text>
        </g>
      ))}
      {g.groups.map((group) => (
        <g key={group.title}>
          <text x={group.titleAt.x} y={group.titleAt.y} className={chartClass('roleLabel')}>
            {group.title}
          </text>
          {group.bars.map((bar, i) => (
            <g key={i} data-person={i === 0 ? 'a' : 'b'}>
              <ScoreBar bar={bar} hatch={i === 0 ? null : HATCH} />
              {i === 0 ? (
                <circle cx={bar.mark.x} cy={bar.mark.y} r={7} className={chartClass('toneMark')} />
              ) : (
                <rect
                  x={bar.mark.x - 7}
                  y={bar.mark.y - 7}
                  width={14}
                  height={14}
                  className={chartClass('toneMark')}
                />
              )}
              <BarLabel label={bar.label} />
            </g>
          ))}
        </g>
      ))}
    </svg>
  );
}
