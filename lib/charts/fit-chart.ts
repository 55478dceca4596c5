import { rangeBracket, type Bracket } from './bracket';
import { linearScale, SCORE_DOMAIN } from './scale';
import { spreadLabels } from './spread-labels';

type Role = 'cto' | 'cpo';
interface Range {
  readonly low: number;
  readonly high: number;
}

/** What the headline fit chart shows: both fits, their ranges and level words, and the level thresholds. */
export interface FitChartInput {
  readonly fit: Readonly<Record<Role, number>>;
  readonly ranges: Readonly<Record<Role, Range>>;
  /** The level word of each fit, e.g. "Solid", written beside its number where there is room. */
  readonly levels: Readonly<Record<Role, string>>;
  /** The thresholds of the fit levels, drawn as grid lines with their values. */
  readonly ticks: readonly number[];
  /** The chart's width in px. */
  readonly width: number;
}

/** One fit's bar, its range bracket, its role's name and the words on or after the bar. */
export interface FitBar {
  readonly role: Role;
  readonly name: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly bracket: Bracket;
  /** The role's name, right-aligned at `x`, vertically centred on `y`. */
  readonly nameAt: { readonly x: number; readonly y: number };
  /** The bar's words, left-aligned at `x`, centred on `y`; `inside` when drawn on the bar. */
  readonly label: {
    readonly text: string;
    readonly x: number;
    readonly y: number;
    readonly inside: boolean;
  };
}

/** Everything the headline chart draws, in px, for SVG on the page (and any other renderer). */
export interface FitChartGeometry {
  readonly width: number;
  readonly height: number;
  readonly plot: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
  };
  readonly grid: readonly { readonly value: number; readonly x: number }[];
  /** Each threshold's number, centred on `x` (moved aside from its line if it would overlap), top at `y`. */
  readonly tickLabels: readonly {
    readonly text: string;
    readonly x: number;
    readonly y: number;
    readonly width: number;
  }[];
  readonly bars: readonly [FitBar, FitBar];
}

/** The headline chart's height, fixed so that its box is sized before it draws. */
export const FIT_CHART_HEIGHT = 156;
const AXIS_WIDTH = 46;
const MARGIN_TOP = 4;
const MARGIN_RIGHT = 18;
const AXIS_HEIGHT = 26;
const BAR_GAP = 14;
/** Roughly how wide one character of a bar's 14px bold label is. */
export const FIT_LABEL_CHAR_WIDTH = 8.6;
/** Roughly how wide one digit of a 13px tick label is. */
const TICK_CHAR_WIDTH = 8;

/**
 * The headline chart: CTO and CPO fit as two horizontal bars on the 0–100 scale, a grid line at
 * each level threshold with its number below, a bracket across each bar's end for its range, and
 * the number and level on the bar, after it, or (on a narrow phone) the number alone.
 */
export function fitChartGeometry(input: FitChartInput): FitChartGeometry {
  const width = Math.max(0, input.width);
  const plot = {
    left: AXIS_WIDTH,
    right: Math.max(AXIS_WIDTH, width - MARGIN_RIGHT),
    top: MARGIN_TOP,
    bottom: FIT_CHART_HEIGHT - AXIS_HEIGHT,
  };
  const at = linearScale(SCORE_DOMAIN, [plot.left, plot.right]);
  const band = (plot.bottom - plot.top) / 2;
  const tickWidths = input.ticks.map((tick) => String(tick).length * TICK_CHAR_WIDTH);
  // Thresholds close together (45 and 55 on a phone) would print their numbers over each other:
  // each label moves just far enough aside, while its grid line stays where the value is.
  const centres = spreadLabels(input.ticks.map(at), tickWidths, 0, width);
  const bar = (role: Role, index: number): FitBar => {
    const y = plot.top + index * band + BAR_GAP;
    const height = band - 2 * BAR_GAP;
    const value = input.fit[role];
    const barWidth = Math.max(at(value) - plot.left, 2);
    const bracket = rangeBracket(input.ranges[role], at, y + height / 2, height * 0.3);
    return {
      role,
      name: role.toUpperCase(),
      x: plot.left,
      y,
      width: barWidth,
      height,
      bracket,
      nameAt: { x: plot.left - 10, y: y + height / 2 },
      label: placeLabel(
        [`${value} · ${input.levels[role]}`, `${value}`],
        plot.left,
        plot.left + barWidth,
        bracket,
        width,
        y + height / 2,
      ),
    };
  };
  return {
    width,
    height: FIT_CHART_HEIGHT,
    plot,
    grid: input.ticks.map((value) => ({ value, x: at(value) })),
    tickLabels: input.ticks.map((tick, i) => ({
      text: String(tick),
      x: centres[i] ?? at(tick),
      y: plot.bottom + 12,
      width: tickWidths[i] ?? 0,
    })),
    bars: [bar('cto', 0), bar('cpo', 1)],
  };
}

/**
 * The first of `labels` (longest first) that fits on the bar left of its bracket, else just after
 * the bar and its bracket (running into the right margin kept for it); the last one otherwise.
 */
function placeLabel(
  labels: readonly string[],
  start: number,
  end: number,
  bracket: Bracket,
  right: number,
  y: number,
): FitBar['label'] {
  const size = (text: string) => text.length * FIT_LABEL_CHAR_WIDTH;
  const fitsInside = (text: string) => bracket.x1 - start >= size(text) + 16;
  const after = Math.max(end, bracket.x2) + 8;
  const fitsAfter = (text: string) => right - after >= size(text);
  const text = labels.find((l) => fitsInside(l) || fitsAfter(l)) ?? labels.at(-1) ?? '';
  const inside = fitsInside(text);
  return { text, x: inside ? start + 10 : after, y, inside };
}
