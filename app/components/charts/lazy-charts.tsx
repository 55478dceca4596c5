'use client';

import dynamic from 'next/dynamic';
import { startTransition, useEffect, useState, type ReactNode } from 'react';

import type { CompetencyDatum } from './competency-chart';
import styles from './charts.module.css';
import type { FitChartProps } from './fit-chart';
import { chartHeight, FIT_CHART_HEIGHT } from './row-layout';
import type { TensionDatum } from './tension-chart';
import { useElementWidth } from './use-element-width';
import { WorkerFitChart } from './worker-fit-chart';

// recharts is the heaviest code on the results page (about 106 KB gzip, and a few hundred
// milliseconds of a slow phone's CPU to start and draw), so it is not part of the page's first
// script: each chart loads once its slot comes near the screen and the page is idle, after the
// headline has painted. Each slot is sized before its chart arrives, so nothing jumps. The
// headline fit chart is drawn by recharts in a Web Worker and arrives as finished SVG
// (docs/decisions/004-results-report.md, 010-headline-chart-in-a-worker.md).
const CompetencyChart = dynamic(() => import('./competency-chart'), { ssr: false });
const TensionChart = dynamic(() => import('./tension-chart'), { ssr: false });

const LOAD_ALL_CHARTS = 'role-fit:load-all-charts';

/** Loads every chart on the page, whether or not it is near the screen, and resolves once they have drawn (or after a few seconds). */
export async function loadAllCharts(): Promise<void> {
  window.dispatchEvent(new Event(LOAD_ALL_CHARTS));
  for (let waited = 0; waited < 4000; waited += 100) {
    const slots = [...document.querySelectorAll('[data-chart-slot]')];
    if (slots.every((slot) => slot.querySelector('svg'))) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// Safari has no requestIdleCallback; a timeout still lets the page paint first.
const whenIdle = (run: () => void): number =>
  typeof window.requestIdleCallback === 'function'
    ? window.requestIdleCallback(run, { timeout: 2000 })
    : window.setTimeout(run, 50);
const cancelIdle = (id: number) =>
  typeof window.cancelIdleCallback === 'function'
    ? window.cancelIdleCallback(id)
    : window.clearTimeout(id);

/** A box of the chart's height that hands its measured width to the chart inside. */
function ChartSlot({
  height,
  waiting = null,
  children,
}: {
  height: (width: number) => number;
  /** What the box shows until its chart starts loading. */
  waiting?: ReactNode;
  children: (width: number) => ReactNode;
}) {
  const { ref, width } = useElementWidth<HTMLDivElement>();
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || near) return;
    let idle: number | undefined;
    const loadNow = () => setNear(true);
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting) || idle !== undefined) return;
        idle = whenIdle(() => startTransition(loadNow));
      },
      { rootMargin: '400px 0px' },
    );
    observer.observe(element);
    window.addEventListener(LOAD_ALL_CHARTS, loadNow);
    window.addEventListener('beforeprint', loadNow);
    return () => {
      observer.disconnect();
      if (idle !== undefined) cancelIdle(idle);
      window.removeEventListener(LOAD_ALL_CHARTS, loadNow);
      window.removeEventListener('beforeprint', loadNow);
    };
  }, [ref, near]);
  return (
    <div ref={ref} className={styles.frame} style={{ height: height(width) }} data-chart-slot>
      {near && width > 0 ? children(width) : waiting}
    </div>
  );
}

export function FitChartSlot(props: Omit<FitChartProps, 'width' | 'classes'>) {
  return (
    <ChartSlot
      height={() => FIT_CHART_HEIGHT}
      waiting={<div className={styles.placeholder} style={{ height: FIT_CHART_HEIGHT }} />}
    >
      {(width) => <WorkerFitChart {...props} width={width} height={FIT_CHART_HEIGHT} />}
    </ChartSlot>
  );
}

export function CompetencyChartSlot({ rows }: { rows: readonly CompetencyDatum[] }) {
  const names = rows.map((r) => r.name);
  return (
    <ChartSlot height={(width) => chartHeight('competency', names, width)}>
      {(width) => <CompetencyChart rows={rows} width={width} />}
    </ChartSlot>
  );
}

export function TensionChartSlot({ rows }: { rows: readonly TensionDatum[] }) {
  const names = rows.map((r) => r.name);
  return (
    <ChartSlot height={(width) => chartHeight('tension', names, width)}>
      {(width) => <TensionChart rows={rows} width={width} />}
    </ChartSlot>
  );
}
