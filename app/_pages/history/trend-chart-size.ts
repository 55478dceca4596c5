/** The fit-over-time chart's height, known before the chart's code arrives so nothing moves. */
export const TREND_CHART_HEIGHT = 300;
/** The room at its top for recharts' legend of the two lines. */
export const TREND_LEGEND_HEIGHT = 32;
