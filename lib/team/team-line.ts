import { linearScale, TENSION_DOMAIN } from '@/lib/charts/scale';
import { spreadLabels } from '@/lib/charts/spread-labels';

import type { TeamTensionView } from './team-view';

/** One member's dot on a tension's line and where their mark is written below it. */
export interface TeamLineMark {
  readonly position: number;
  readonly mark: string;
  /** The dot's centre on the line. */
  readonly x: number;
  /** The centre of the mark's label, moved aside so that no two labels overlap. */
  readonly labelX: number;
}

/** A tension drawn on a line from `x0` (−100, technology-first) to `x1` (+100, product-first). */
export interface TeamLine {
  /** Members who answered, left to right (equal positions in team order). */
  readonly marks: readonly TeamLineMark[];
  /** The team's centre on the line, or null when it is not read. */
  readonly centreX: number | null;
  /** The spread as a span of the line, or null when it is not read. */
  readonly spread: { readonly from: number; readonly to: number } | null;
  /** Where −100, 0 and +100 fall. */
  readonly ticks: readonly number[];
}

/**
 * The geometry of one tension as a team line, the same for the page's SVG (pixels) and the PDF
 * (millimetres): `labelWidth` gives each mark's width in the same unit, `gap` the space between
 * two labels.
 */
export function layoutTeamLine(
  tension: Pick<TeamTensionView, 'placements' | 'centre'>,
  x0: number,
  x1: number,
  labelWidth: (mark: string) => number,
  gap = 1,
): TeamLine {
  const at = linearScale(TENSION_DOMAIN, [x0, x1]);
  const placed = tension.placements
    .flatMap((p) => (p.at === null ? [] : [{ ...p, at: p.at }]))
    .sort((a, b) => a.at - b.at || a.position - b.position);
  const labels = spreadLabels(
    placed.map((p) => at(p.at)),
    placed.map((p) => labelWidth(p.mark)),
    x0,
    x1,
    gap,
  );
  const first = placed[0];
  const last = placed[placed.length - 1];
  return {
    marks: placed.map((p, i) => ({
      position: p.position,
      mark: p.mark,
      x: at(p.at),
      labelX: labels[i] ?? at(p.at),
    })),
    centreX: tension.centre === null ? null : at(tension.centre),
    spread:
      first && last && tension.centre !== null ? { from: at(first.at), to: at(last.at) } : null,
    ticks: [-100, 0, 100].map(at),
  };
}
