import { wrapLabel } from './wrap-label';

/** Roughly how wide one character of a 13px label is; errs wide so that text never clips. */
const CHAR_WIDTH = 7.4;
/** Roughly how wide one character of a 13px bold value is; errs wide, as above. */
const VALUE_CHAR_WIDTH = 8.4;
/** Below this width (px) a chart is laid out for a phone. */
export const NARROW = 480;
/** The height of one line of a wrapped name, in px. */
export const LINE_HEIGHT = 17;
/** The height recharts keeps for a number axis and its tick labels. */
export const NUMBER_AXIS_HEIGHT = 26;
/** Space at the top and bottom of the plot, and at the right of the chart. */
export const CHART_MARGIN = { top: 6, right: 12, bottom: 6, left: 4 } as const;

/** How one kind of chart of one row per category (a competency, say) is laid out. */
export interface CategoryChartKind {
  /** The least height of a row, in px, whatever its name's lines. */
  readonly minRow: number;
  /** Space above and below a row's name, in px. */
  readonly padding: number;
}

export const COMPETENCY_CHART: CategoryChartKind = { minRow: 40, padding: 14 };
export const TENSION_CHART: CategoryChartKind = { minRow: 40, padding: 14 };
export const OVERLAY_CHART: CategoryChartKind = { minRow: 36, padding: 12 };

/** Where a category chart's parts go: its name axis, value axis, rows and full height. */
export interface CategoryChartLayout {
  /** The width of the name axis at the left, in px. */
  readonly nameWidth: number;
  /** The width of the value axis at the right (0 when there are no values), in px. */
  readonly valueWidth: number;
  /** Each name's lines, by name. */
  readonly lines: ReadonlyMap<string, readonly string[]>;
  readonly rowHeight: number;
  readonly height: number;
  /** A phone's width: no value axis, and fewer number ticks. */
  readonly narrow: boolean;
  /** The chart's width, in px. */
  readonly width: number;
}

/**
 * The layout of a chart with one row per name, drawn by recharts with a category axis of names
 * at the left, a number axis below and, when `valueChars` > 0, a category axis of values at the
 * right: the names wrap to about a third of the width, and every row is as tall as the longest
 * name needs, so that the rows line up.
 */
export function categoryChartLayout(
  kind: CategoryChartKind,
  names: readonly string[],
  width: number,
  valueChars = 0,
): CategoryChartLayout {
  // A long single word ("Cross-functional") cannot wrap, so the name axis is at least that wide.
  const longestWord = Math.max(0, ...names.flatMap((n) => n.split(/\s+/).map((w) => w.length)));
  const nameWidth = Math.round(
    Math.min(220, Math.max(96, width * 0.34, longestWord * CHAR_WIDTH + 10)),
  );
  // On a phone the values leave the plot too little room: they stay in the tooltip and table.
  const narrow = width < NARROW;
  const valueWidth = valueChars > 0 && !narrow ? Math.ceil(valueChars * VALUE_CHAR_WIDTH) + 10 : 0;
  const maxChars = Math.max(8, Math.floor((nameWidth - 10) / CHAR_WIDTH));
  const lines = new Map(names.map((name) => [name, wrapLabel(name, maxChars)]));
  const most = Math.max(1, ...[...lines.values()].map((l) => l.length));
  const rowHeight = Math.max(kind.minRow, most * LINE_HEIGHT + kind.padding);
  const height =
    names.length * rowHeight + NUMBER_AXIS_HEIGHT + CHART_MARGIN.top + CHART_MARGIN.bottom;
  return { nameWidth, valueWidth, lines, rowHeight, height, narrow, width };
}

/** The length of the longest of these values, in characters: what a value axis keeps room for. */
export function longestValue(values: readonly (string | null)[]): number {
  return Math.max(0, ...values.map((value) => value?.length ?? 0));
}

/** The number axis's ticks: every one on a wide chart, only the ends and the middle on a phone. */
export function axisTicks(ticks: readonly number[], narrow: boolean): readonly number[] {
  if (!narrow || ticks.length <= 3) return ticks;
  return [ticks[0] ?? 0, ticks[Math.floor(ticks.length / 2)] ?? 0, ticks.at(-1) ?? 0];
}
