/** The classes of charts.module.css the fit chart uses. */
export const FIT_CHART_CLASS_NAMES = [
  'chart',
  'gridLine',
  'tickLabel',
  'roleLabel',
  'ctoFill',
  'cpoFill',
  'hatchLine',
  'cpoOutline',
  'barLabel-cto',
  'barLabel-cpo',
  'barLabelOutside',
  'whisker',
  'whiskerHalo',
] as const;

/**
 * The fit chart's class names, passed to it rather than imported: it is drawn in a Web Worker,
 * which has no stylesheets, and this module keeps recharts out of the page that passes them.
 */
export type FitChartClasses = Record<(typeof FIT_CHART_CLASS_NAMES)[number], string>;
