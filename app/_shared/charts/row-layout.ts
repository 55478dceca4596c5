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
/** Roughly how wide one character of a row's 13px bold value is; errs wide, as above. */
const VALUE_CHAR_WIDTH = 8.4;
export const TENSION_ROW = { track: 14 } as const;

/** The height of one competency row: its name, a marker, the bar and a marker. */
export function competencyRowHeight(lines: number): number {
  return lines * LINE_HEIGHT + 2 * COMPETENCY_ROW.marker + COMPETENCY_ROW.track + 16;
}

/** The height of one tension row: its name, the bar and the placement below it. */
export function tensionRowHeight(lines: number): number {
  return lines * LINE_HEIGHT + TENSION_ROW.track + LINE_HEIGHT + 26;
}

/**
 * Each row's wrapped name, the lines every row has room for, the row height and the chart's full
 * height. A competency row keeps room at the right of its name for a value of `valueChars`
 * characters (a score with its range, say).
 */
export function rowGeometry(
  kind: 'competency' | 'tension',
  names: readonly string[],
  width: number,
  valueChars = 0,
): { wrapped: string[][]; lines: number; rowHeight: number; height: number } {
  const reserve =
    kind === 'competency'
      ? Math.max(COMPETENCY_ROW.valueReserve, valueChars * VALUE_CHAR_WIDTH + 12)
      : 0;
  const { wrapped, lines } = layoutLabels(names, width, reserve);
  const rowHeight = kind === 'competency' ? competencyRowHeight(lines) : tensionRowHeight(lines);
  return { wrapped, lines, rowHeight, height: names.length * rowHeight + 8 };
}

/** A chart's full height at a width, so that its slot can be sized before the chart loads. */
export function chartHeight(
  kind: 'competency' | 'tension',
  names: readonly string[],
  width: number,
  valueChars = 0,
): number {
  return rowGeometry(kind, names, width, valueChars).height;
}

/** The length of the longest of these values, in characters: what a row chart keeps room for. */
export function longestValue(values: readonly (string | null)[]): number {
  return Math.max(0, ...values.map((value) => value?.length ?? 0));
}

export const FIT_CHART_HEIGHT = 156;
