import type { Scale } from './scale';

/** A range drawn as a bracket: a line from `x1` to `x2` at height `y`, capped `cap` either side. */
export interface Bracket {
  readonly x1: number;
  readonly x2: number;
  readonly y: number;
  readonly cap: number;
}

/** The bracket of a range of values on a scale, centred on `y`. */
export function rangeBracket(
  range: { readonly low: number; readonly high: number },
  scale: Scale,
  y: number,
  cap: number,
): Bracket {
  const a = scale(range.low);
  const b = scale(range.high);
  return { x1: Math.min(a, b), x2: Math.max(a, b), y, cap };
}

/** A bracket as an SVG path: the line, then the two end caps. */
export function bracketPath({ x1, x2, y, cap }: Bracket): string {
  return `M${x1} ${y}H${x2}M${x1} ${y - cap}V${y + cap}M${x2} ${y - cap}V${y + cap}`;
}
