import {
  categoryChartLayout,
  COMPETENCY_CHART,
  OVERLAY_CHART,
  TENSION_CHART,
  longestValue,
  type CategoryChartLayout,
} from '@/lib/charts/category-chart';

// The layouts of the recharts charts, kept apart from them so that a chart's box is sized before
// its code (and recharts) arrives.

/** What a competency row shows at the right when it has no score. */
export const NOT_MEASURED = 'not measured';

/** The competency chart's layout: names at the left, each score with its range at the right. */
export function competencyLayout(
  rows: readonly { readonly name: string; readonly chartValue: string | null }[],
  width: number,
): CategoryChartLayout {
  const values = rows.map((r) => r.chartValue ?? NOT_MEASURED);
  return categoryChartLayout(
    COMPETENCY_CHART,
    rows.map((r) => r.name),
    width,
    longestValue(values),
  );
}

/** The tension chart's layout: names at the left, nothing at the right. */
export function tensionLayout(
  rows: readonly { readonly name: string }[],
  width: number,
): CategoryChartLayout {
  return categoryChartLayout(
    TENSION_CHART,
    rows.map((r) => r.name),
    width,
  );
}

/** The comparison overlay's layout: names at the left, both scores at the right. */
export function overlayLayout(
  rows: readonly { readonly name: string }[],
  width: number,
): CategoryChartLayout {
  return categoryChartLayout(
    OVERLAY_CHART,
    rows.map((r) => r.name),
    width,
    9,
  );
}
