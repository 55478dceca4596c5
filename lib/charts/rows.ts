import { wrapLabel } from './wrap-label';

/** Roughly how wide one character of a 13px label is; errs wide so that text never clips. */
const CHAR_WIDTH = 7.4;
/** Roughly how wide one character of a row's 13px bold value is; errs wide, as above. */
const VALUE_CHAR_WIDTH = 8.4;
/** The height of one line of a row's name, in px. */
export const LINE_HEIGHT = 17;

/** How one kind of row chart lays out its rows. */
export interface RowKind {
  /** Space left and right of the plot, inside the SVG. */
  readonly marginX: number;
  /** Room kept at the right of each name (for a value), at least. */
  readonly reserve: number;
  /** A row's height when every name has `lines` lines. */
  readonly rowHeight: (lines: number) => number;
}

/** Competency rows: the name, a marker, the bar with its range, a marker. */
export const COMPETENCY_ROW = { track: 12, marker: 9 } as const;
export const COMPETENCY_ROWS: RowKind = {
  marginX: 10,
  reserve: 36,
  rowHeight: (lines) => lines * LINE_HEIGHT + 2 * COMPETENCY_ROW.marker + COMPETENCY_ROW.track + 16,
};

/** Tension rows: the name, the bar from the middle, the placement in words below it. */
export const TENSION_ROW = { track: 14 } as const;
export const TENSION_ROWS: RowKind = {
  marginX: 10,
  reserve: 0,
  rowHeight: (lines) => lines * LINE_HEIGHT + TENSION_ROW.track + LINE_HEIGHT + 26,
};

/** Comparison rows: the name with both scores at its right, then one track with both marks. */
export const OVERLAY_ROW = { track: 8, mark: 7 } as const;
export const OVERLAY_ROWS: RowKind = {
  marginX: 12,
  reserve: 96,
  rowHeight: (lines) => lines * LINE_HEIGHT + 2 * OVERLAY_ROW.mark + OVERLAY_ROW.track + 22,
};

/** Where the rows of a row chart go: each name's lines, the lines every row has, the heights. */
export interface RowLayout {
  readonly wrapped: readonly (readonly string[])[];
  readonly lines: number;
  readonly rowHeight: number;
  readonly height: number;
  /** The top of row `index`. */
  readonly rowTop: (index: number) => number;
}

/**
 * The layout of a row chart `width` px wide: names wrap to the room left beside a value of
 * `valueChars` characters (a score with its range, say), and every row gets as many lines as the
 * longest name needs, so that the rows line up.
 */
export function rowLayout(
  kind: RowKind,
  names: readonly string[],
  width: number,
  valueChars = 0,
): RowLayout {
  const reserve = Math.max(kind.reserve, valueChars > 0 ? valueChars * VALUE_CHAR_WIDTH + 12 : 0);
  const maxChars = Math.max(12, Math.floor((width - 2 * kind.marginX - reserve) / CHAR_WIDTH));
  const wrapped = names.map((name) => wrapLabel(name, maxChars));
  const lines = Math.max(1, ...wrapped.map((l) => l.length));
  const rowHeight = kind.rowHeight(lines);
  const top = 4;
  return {
    wrapped,
    lines,
    rowHeight,
    height: names.length * rowHeight + 2 * top,
    rowTop: (index) => top + index * rowHeight,
  };
}

/** The length of the longest of these values, in characters: what a row chart keeps room for. */
export function longestValue(values: readonly (string | null)[]): number {
  return Math.max(0, ...values.map((value) => value?.length ?? 0));
}
