/** The fit-over-time chart's height, known before the chart's code arrives so nothing moves. */
export const TREND_CHART_HEIGHT = 260;
