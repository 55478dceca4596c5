import { chartClass } from './chart-class';

/** A box in px, as lib/charts lays out a bar. */
interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A bar's words, laid out in lib/charts: on the bar when they fit, else after it. */
interface BarWords {
  readonly x: number;
  readonly y: number;
  readonly inside: boolean;
  readonly text: string;
}

/**
 * The diagonal hatch that tells a hatched bar from a solid one by more than colour; `tone` sets
 * the colour of the group it is drawn for (a class or a data attribute).
 */
export function HatchPattern({
  id,
  tone,
}: {
  id: string;
  tone: { className: string } | { 'data-person': string };
}) {
  return (
    <defs>
      <pattern
        id={id}
        width="8"
        height="8"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
        {...tone}
      >
        <rect width="8" height="8" className={chartClass('toneFill')} />
        <rect width="2.5" height="8" className={chartClass('hatchLine')} />
      </pattern>
    </defs>
  );
}

/** A bar, solid or filled with the {@link HatchPattern} of id `hatch`. */
export function ScoreBar({ bar, hatch }: { bar: Box; hatch: string | null }) {
  return (
    <rect
      x={bar.x}
      y={bar.y}
      width={bar.width}
      height={bar.height}
      rx={4}
      {...(hatch === null
        ? { className: chartClass('toneFill') }
        : { fill: `url(#${hatch})`, className: chartClass('toneOutline') })}
    />
  );
}

/** A bar's number and words, on the bar or after it. */
export function BarLabel({ label }: { label: BarWords }) {
  return (
    <text
      x={label.x}
      y={label.y}
      dy="0.35em"
      className={chartClass(label.inside ? 'barLabelOn' : 'barLabelOutside')}
    >
      {label.text}
    </text>
  );
}
