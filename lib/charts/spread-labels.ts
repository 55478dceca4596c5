/**
 * Horizontal centres for labels at `positions` (ascending, in pixels) that keep every label of
 * its `widths` at least `gap` apart and inside `[min, max]`, moving each as little as it can.
 */
export function spreadLabels(
  positions: readonly number[],
  widths: readonly number[],
  min: number,
  max: number,
  gap = 4,
): number[] {
  const half = (i: number) => (widths[i] ?? 0) / 2;
  const centres = positions.map((p, i) => Math.min(Math.max(p, min + half(i)), max - half(i)));
  // Push right where a label runs into the one before it…
  for (let i = 1; i < centres.length; i++) {
    const floor = (centres[i - 1] ?? 0) + half(i - 1) + gap + half(i);
    if ((centres[i] ?? 0) < floor) centres[i] = floor;
  }
  // …then back left from the end, so that nothing leaves the right edge.
  for (let i = centres.length - 1; i >= 0; i--) {
    const ceiling =
      i === centres.length - 1
        ? max - half(i)
        : (centres[i + 1] ?? 0) - half(i + 1) - gap - half(i);
    if ((centres[i] ?? 0) > ceiling) centres[i] = ceiling;
  }
  return centres;
}
