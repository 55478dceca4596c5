import { createElement } from 'react';

import FitChart, { type FitChartProps } from './fit-chart';
import { createMarkupRenderer } from './render-markup';

/** What the page asks the worker for: one drawing of the fit chart. */
export interface FitChartRequest {
  readonly id: number;
  readonly props: FitChartProps;
}

/** What the worker answers: the chart as SVG markup, or why it could not draw it. */
export type FitChartResponse =
  | { readonly id: number; readonly markup: string }
  | { readonly id: number; readonly error: string };

// recharts and React take a few hundred milliseconds of a slow phone's CPU to start and draw the
// chart; here that happens beside the page rather than on its main thread, which only receives
// the finished SVG (docs/decisions/010-headline-chart-in-a-worker.md).
const render = createMarkupRenderer('fit-chart-');
const reply = (response: FitChartResponse) =>
  (globalThis as unknown as { postMessage: (message: FitChartResponse) => void }).postMessage(
    response,
  );

addEventListener('message', (event: MessageEvent<FitChartRequest>) => {
  const { id, props } = event.data;
  render(createElement(FitChart, props)).then(
    (markup) => reply({ id, markup }),
    (error: unknown) =>
      reply({ id, error: error instanceof Error ? error.message : String(error) }),
  );
});
