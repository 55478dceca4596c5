'use client';

import { useEffect, useState } from 'react';

import { chartClass } from './chart-class';
import styles from './charts.module.css';
import type { FitChartProps } from './fit-chart';
import { FIT_CHART_CLASS_NAMES, type FitChartClasses } from './fit-chart-classes';
import type { FitChartRequest, FitChartResponse } from './fit-chart.worker';

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<
  number,
  { resolve: (markup: string) => void; reject: (e: Error) => void }
>();

/** The worker that draws fit charts, started on first use and kept for redraws (a resize, say). */
function chartWorker(): Worker {
  if (worker) return worker;
  const started = new Worker(new URL('./fit-chart.worker.ts', import.meta.url));
  started.addEventListener('message', (event: MessageEvent<FitChartResponse>) => {
    const response = event.data;
    const waiting = pending.get(response.id);
    pending.delete(response.id);
    if ('markup' in response) waiting?.resolve(response.markup);
    else waiting?.reject(new Error(response.error));
  });
  started.addEventListener('error', () => {
    for (const waiting of pending.values()) waiting.reject(new Error('the chart worker failed'));
    pending.clear();
    worker = null;
  });
  worker = started;
  return started;
}

/** The fit chart as SVG markup, drawn by recharts in a Web Worker. */
function drawFitChart(props: FitChartProps): Promise<string> {
  const id = (nextId += 1);
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    const request: FitChartRequest = { id, props };
    chartWorker().postMessage(request);
  });
}

const classes = Object.fromEntries(
  FIT_CHART_CLASS_NAMES.map((name) => [name, chartClass(name)]),
) as FitChartClasses;

/**
 * The recharts fit chart, drawn off the main thread and shown as the SVG it produced; a quiet
 * placeholder of the same size stands in until it arrives, so nothing moves.
 */
export function WorkerFitChart(props: Omit<FitChartProps, 'classes'> & { height: number }) {
  const { fit, ranges, levels, ticks, width, height } = props;
  const [drawn, setDrawn] = useState<{ key: string; markup: string } | null>(null);
  const key = JSON.stringify([fit, ranges, levels, ticks, width]);
  useEffect(() => {
    let current = true;
    drawFitChart({ fit, ranges, levels, ticks, width, classes }).then(
      (markup) => {
        if (current) setDrawn({ key, markup });
      },
      () => {
        // The numbers above the chart say everything it shows; without a worker, they stand alone.
      },
    );
    return () => {
      current = false;
    };
    // `key` stands for fit, ranges, levels, ticks and width, which arrive as fresh objects each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  if (drawn === null) return <div className={styles.placeholder} style={{ height }} />;
  return <div dangerouslySetInnerHTML={{ __html: drawn.markup }} />;
}
