'use client';

import { chartClass } from '@/app/_shared/charts/chart-class';
import { useElementWidth } from '@/app/_shared/charts/use-element-width';
import { linearScale, SCORE_DOMAIN } from '@/lib/charts/scale';
import type { PairPerson } from '@/lib/compare';

const BAR = 26;
const GAP = 8;
const HEADING = 24;
const GROUP = HEADING + 2 * (BAR + GAP) + 6;
const AXIS = 22;
/** The chart's height, fixed so that its box is sized before it draws. */
export const FIT_PAIRS_HEIGHT = 2 * GROUP + AXIS;
const TICKS = [0, 25, 50, 75, 100];
const HATCH = 'compare-hatch';

/**
 * Both people's CTO and CPO fits as four bars on one 0–100 scale, in plain SVG so that it draws
 * with the page. The first person's bars are solid and end in a circle, the second's are hatched
 * and end in a square, so that they differ in more than colour.
 */
export function FitPairsChart({ people }: { people: readonly [PairPerson, PairPerson] }) {
  const { ref, width } = useElementWidth<HTMLDivElement>();
  return (
    <div ref={ref} className={chartClass('frame')} style={{ height: FIT_PAIRS_HEIGHT }}>
      {width > 0 && <Bars people={people} width={width} />}
    </div>
  );
}

function Bars({ people, width }: { people: readonly [PairPerson, PairPerson]; width: number }) {
  const left = 8;
  const plot = Math.max(0, width - left - 14);
  const at = linearScale(SCORE_DOMAIN, [left, left + plot]);
  const bottom = 2 * GROUP;
  return (
    <svg
      width={width}
      height={FIT_PAIRS_HEIGHT}
      viewBox={`0 0 ${width} ${FIT_PAIRS_HEIGHT}`}
      className={chartClass('chart')}
      aria-hidden="true"
      focusable="false"
    >
      <defs>
        <pattern
          id={HATCH}
          width="8"
          height="8"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
          data-person="b"
        >
          <rect width="8" height="8" className={chartClass('toneFill')} />
          <rect width="2.5" height="8" className={chartClass('hatchLine')} />
        </pattern>
      </defs>
      {TICKS.map((tick) => (
        <g key={tick}>
          <line
            x1={at(tick)}
            x2={at(tick)}
            y1={HEADING}
            y2={bottom}
            className={chartClass('gridLine')}
          />
          <text
            x={at(tick)}
            y={bottom + 16}
            textAnchor={tick === 0 ? 'start' : tick === 100 ? 'end' : 'middle'}
            className={chartClass('tickLabel')}
          >
            {tick}
          </text>
        </g>
      ))}
      {(['cto', 'cpo'] as const).map((role, r) => {
        const top = r * GROUP;
        return (
          <g key={role}>
            <text x={left} y={top + 16} className={chartClass('roleLabel')}>
              {role === 'cto' ? 'CTO fit' : 'CPO fit'}
            </text>
            {people.map((person, i) => {
              const y = top + HEADING + i * (BAR + GAP);
              const value = person.fit[role];
              const end = Math.max(at(value), left + 4);
              const label = `${person.name} · ${value} ${person.levels[role]}`;
              const inside = end - left >= label.length * 7.6 + 24;
              return (
                <g key={i} data-person={i === 0 ? 'a' : 'b'}>
                  <rect
                    x={left}
                    y={y}
                    width={end - left}
                    height={BAR}
                    rx={4}
                    {...(i === 0
                      ? { className: chartClass('toneFill') }
                      : { fill: `url(#${HATCH})`, className: chartClass('toneOutline') })}
                  />
                  {i === 0 ? (
                    <circle cx={end} cy={y + BAR / 2} r={7} className={chartClass('toneMark')} />
                  ) : (
                    <rect
                      x={end - 7}
                      y={y + BAR / 2 - 7}
                      width={14}
                      height={14}
                      className={chartClass('toneMark')}
                    />
                  )}
                  <text
                    x={inside ? left + 8 : end + 12}
                    y={y + BAR / 2}
                    dy="0.35em"
                    className={chartClass(inside ? 'barLabelOn' : 'barLabelOutside')}
                  >
                    {label}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}
