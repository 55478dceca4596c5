import { wrapLabel } from '@/lib/report/wrap-label';

/** Roughly how wide one character of a 13px label is; errs wide so that text never clips. */
const CHAR_WIDTH = 7.4;
export const LINE_HEIGHT = 17;
/** Space left and right of the plot, inside the SVG. */
export const MARGIN_X = 10;

/** Each label's lines at this width; every row gets as many lines as the longest label needs. */
export function layoutLabels(labels: readonly string[], width: number, reserve: number) {
  const maxChars = Math.max(12, Math.floor((width - 2 * MARGIN_X - reserve) / CHAR_WIDTH));
  const wrapped = labels.map((label) => wrapLabel(label, maxChars));
  const lines = Math.max(1, ...wrapped.map((l) => l.length));
  return { wrapped, lines };
}

export const COMPETENCY_ROW = { track: 12, marker: 9, valueReserve: 36 } as const;
export const TENSION_ROW = { track: 14 } as const;

/** The height of one competency row: its name, a marker, the bar and a marker. */
export function competencyRowHeight(lines: number): number {
  return lines * LINE_HEIGHT + 2 * COMPETENCY_ROW.marker + COMPETENCY_ROW.track + 16;
}

/** The height of one tension row: its name, the bar and the placement below it. */
export function tensionRowHeight(lines: number): number {
  return lines * LINE_HEIGHT + TENSION_ROW.track + LINE_HEIGHT + 26;
}

/** Each row's wrapped name, the lines every row has room for, the row height and the chart's full height. */
export function rowGeometry(
  kind: 'competency' | 'tension',
  names: readonly string[],
  width: number,
): { wrapped: string[][]; lines: number; rowHeight: number; height: number } {
  const reserve = kind === 'competency' ? COMPETENCY_ROW.valueReserve : 0;
  const { wrapped, lines } = layoutLabels(names, width, reserve);
  const rowHeight = kind === 'competency' ? competencyRowHeight(lines) : tensionRowHeight(lines);
  return { wrapped, lines, rowHeight, height: names.length * rowHeight + 8 };
}

/** A chart's full height at a width, so that its slot can be sized before the chart loads. */
export function chartHeight(
  kind: 'competency' | 'tension',
  names: readonly string[],
  width: number,
): number {
  return rowGeometry(kind, names, width).height;
}

export const FIT_CHART_HEIGHT = 156;
