import { layoutTeamLine } from '@/lib/team/team-line';
import type { TeamTensionView } from '@/lib/team/team-view';

const WIDTH = 400;
const EDGE = 14;
const LINE_Y = 18;
/** A mark's width in the drawing's units, at its font size (marks are two or three capitals). */
const markWidth = (mark: string) => mark.length * 11 + 4;

/**
 * One tension as a line from technology-first to product-first: a dot and a mark for every
 * member who answered, the team's spread as a band and its centre as a diamond. Hidden from
 * screen readers: the placements beside it say the same in words.
 */
export function TeamLine({ tension }: { tension: TeamTensionView }) {
  const line = layoutTeamLine(tension, EDGE, WIDTH - EDGE, markWidth, 2);
  return (
    <svg viewBox={`0 0 ${WIDTH} 56`} width="100%" aria-hidden="true" focusable="false">
      {line.spread && (
        <rect
          x={line.spread.from}
          width={Math.max(line.spread.to - line.spread.from, 1)}
          y={LINE_Y - 6}
          height="12"
          fill="currentColor"
          opacity="0.15"
        />
      )}
      <line x1={EDGE} x2={WIDTH - EDGE} y1={LINE_Y} y2={LINE_Y} stroke="currentColor" />
      {line.ticks.map((x) => (
        <line key={x} x1={x} x2={x} y1={LINE_Y - 6} y2={LINE_Y + 6} stroke="currentColor" />
      ))}
      {line.centreX !== null && (
        <path
          d={`M${line.centreX} ${LINE_Y - 9}l6 9l-6 9l-6 -9z`}
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        />
      )}
      {line.marks.map((m) => (
        <g key={m.position}>
          <circle cx={m.x} cy={LINE_Y} r="4" fill="currentColor" />
          <line x1={m.x} x2={m.labelX} y1={LINE_Y + 4} y2={LINE_Y + 20} stroke="currentColor" />
          <text x={m.labelX} y={LINE_Y + 36} textAnchor="middle" fontSize="16" fill="currentColor">
            {m.mark}
          </text>
        </g>
      ))}
    </svg>
  );
}
