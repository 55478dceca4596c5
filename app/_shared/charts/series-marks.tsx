import type { CSSProperties } from 'react';

import { chartClass } from './chart-class';

/** recharts' tooltip in the page's colours, light or dark. */
export const TOOLTIP_STYLE: CSSProperties = {
  background: 'var(--surface)',
  border: '1px solid var(--line)',
  borderRadius: 'var(--radius)',
  color: 'var(--ink)',
};

const MARKER = 9;

/**
 * Where a role would ideally be on a competency: a downward triangle above the bar for the CTO,
 * an upward one below it for the CPO, each on a tick across the bar, so that they differ in more
 * than colour.
 */
export function IdealMark({
  cx,
  cy,
  role,
}: {
  cx: number | undefined;
  cy: number | undefined;
  role: 'cto' | 'cpo';
}) {
  if (cx === undefined || cy === undefined) return <g />;
  const half = MARKER * 0.7;
  const tip = role === 'cto' ? cy - 5 : cy + 5;
  const base = role === 'cto' ? tip - MARKER : tip + MARKER;
  return (
    <g className={chartClass(role)}>
      <line x1={cx} x2={cx} y1={cy - 6} y2={cy + 6} className={chartClass('roleTick')} />
      <path
        d={`M${cx - half} ${base}H${cx + half}L${cx} ${tip}z`}
        className={chartClass(`${role}Marker`)}
      />
    </g>
  );
}
