import { LINE_HEIGHT } from '@/lib/charts/category-chart';

/** What recharts hands a custom axis tick. */
export interface TickProps {
  readonly x?: number | string | undefined;
  readonly y?: number | string | undefined;
  readonly payload?: { readonly value?: unknown } | undefined;
}

/**
 * A category axis's tick as one or more lines (from `lines`, laid out in lib/charts), centred on
 * its row, anchored at `anchor`; its colour and size come from `className`.
 */
export function NameTick({
  x,
  y,
  payload,
  lines,
  className,
  anchor = 'end',
}: TickProps & {
  lines: ReadonlyMap<string, readonly string[]>;
  className: string;
  anchor?: 'start' | 'end';
}) {
  const value = String(payload?.value ?? '');
  const wrapped = lines.get(value) ?? [value];
  const top = Number(y ?? 0) - ((wrapped.length - 1) * LINE_HEIGHT) / 2;
  return (
    <text
      x={Number(x ?? 0)}
      y={top}
      textAnchor={anchor}
      dominantBaseline="central"
      className={className}
    >
      {wrapped.map((line, i) => (
        <tspan key={i} x={Number(x ?? 0)} dy={i === 0 ? 0 : LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
