import { linearScale, SCORE_DOMAIN } from './scale';

/** One role's bars in the paired fit chart: its title and each person's score with its words. */
export interface FitPairsGroupInput {
  readonly title: string;
  readonly bars: readonly { readonly score: number; readonly label: string }[];
}

/** One person's bar: its box, the centre of the mark at its end, and its words on or after it. */
export interface FitPairsBar {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly mark: { readonly x: number; readonly y: number };
  /** Left-aligned at `x`, centred on `y`; `inside` when drawn on the bar. */
  readonly label: {
    readonly text: string;
    readonly x: number;
    readonly y: number;
    readonly inside: boolean;
  };
}

/** Where everything of the paired fit chart goes, in px. */
export interface FitPairsGeometry {
  readonly width: number;
  readonly height: number;
  readonly grid: { readonly top: number; readonly bottom: number };
  readonly ticks: readonly {
    readonly value: number;
    readonly x: number;
    readonly anchor: 'start' | 'middle' | 'end';
  }[];
  readonly groups: readonly {
    readonly title: string;
    readonly titleAt: { readonly x: number; readonly y: number };
    readonly bars: readonly FitPairsBar[];
  }[];
}

const BAR = 26;
const GAP = 8;
const HEADING = 24;
const AXIS = 22;
const LEFT = 8;
const RIGHT = 14;
/** The shortest bar drawn, so that a fit of 0 still shows where its mark is. */
const MIN_BAR = 4;
/** The width of one character of a bar's words, in px, as the page sets them (a safe average). */
export const FIT_PAIRS_CHAR_WIDTH = 7.6;
const TICKS = [0, 25, 50, 75, 100];

/** The height of one role's group of `people` bars under its title. */
const groupHeight = (people: number) => HEADING + people * (BAR + GAP) + 6;

/** The chart's height for two roles of two people, fixed so that its box is sized before it draws. */
export const FIT_PAIRS_HEIGHT = 2 * groupHeight(2) + AXIS;

/**
 * The paired fit chart: per role a title and one bar per person on a shared 0–100 scale, with grid
 * lines and their numbers below. A bar's words go on the bar when they fit before its end mark,
 * else just after the mark.
 */
export function fitPairsGeometry(
  groups: readonly FitPairsGroupInput[],
  chartWidth: number,
): FitPairsGeometry {
  const width = Math.max(0, chartWidth);
  const people = Math.max(0, ...groups.map((g) => g.bars.length));
  const step = groupHeight(people);
  const bottom = groups.length * step;
  const at = linearScale(SCORE_DOMAIN, [LEFT, LEFT + Math.max(0, width - LEFT - RIGHT)]);
  return {
    width,
    height: bottom + AXIS,
    grid: { top: HEADING, bottom },
    ticks: TICKS.map((value) => ({
      value,
      x: at(value),
      anchor: value === TICKS[0] ? 'start' : value === TICKS.at(-1) ? 'end' : 'middle',
    })),
    groups: groups.map((group, r) => ({
      title: group.title,
      titleAt: { x: LEFT, y: r * step + 16 },
      bars: group.bars.map(({ score, label }, i) => {
        const y = r * step + HEADING + i * (BAR + GAP);
        const end = Math.max(at(score), LEFT + MIN_BAR);
        const inside = end - LEFT >= label.length * FIT_PAIRS_CHAR_WIDTH + 24;
        return {
          x: LEFT,
          y,
          width: end - LEFT,
          height: BAR,
          mark: { x: end, y: y + BAR / 2 },
          label: { text: label, x: inside ? LEFT + 8 : end + 12, y: y + BAR / 2, inside },
        };
      }),
    })),
  };
}
