import {
  categoryChartLayout,
  COMPETENCY_CHART,
  longestValue,
  OVERLAY_CHART,
  TENSION_CHART,
  type CategoryChartLayout,
} from '@/lib/charts/category-chart';

// The layouts of the recharts charts, kept apart from them so that a chart's box is sized before
// its code (and recharts) arrives.

/** What a competency row shows at the right when it has no score. */
export const NOT_MEASURED = 'not measured';

type Named = readonly { readonly name: string }[];

/** The competency chart's layout: names at the left, each score with its range at the right. */
export function competencyLayout(
  rows: readonly { readonly name: string; readonly chartValue: string | null }[],
  width: number,
): CategoryChartLayout {
  const values = longestValue(rows.map((r) => r.chartValue ?? NOT_MEASURED));
  return categoryChartLayout(COMPETENCY_CHART, names(rows), width, values);
}

/** The tension chart's layout: names at the left, nothing at the right. */
export const tensionLayout = (rows: Named, width: number): CategoryChartLayout =>
  categoryChartLayout(TENSION_CHART, names(rows), width);

/** The comparison overlay's layout: names at the left, both scores ("100 · 100") at the right. */
export const overlayLayout = (rows: Named, width: number): CategoryChartLayout =>
  categoryChartLayout(OVERLAY_CHART, names(rows), width, 9);

const names = (rows: Named) => rows.map((r) => r.name);
