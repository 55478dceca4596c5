'use client';

import dynamic from 'next/dynamic';

import { ChartSlot } from './chart-slot';
import type { CompetencyDatum } from './competency-chart';
import styles from './charts.module.css';
import type { FitChartProps } from './fit-chart';
import { chartHeight, FIT_CHART_HEIGHT, longestValue } from './row-layout';
import type { TensionDatum } from './tension-chart';
import { WorkerFitChart } from './worker-fit-chart';

export { loadAllCharts } from './chart-slot';

// recharts is the heaviest code on the results page (about 106 KB gzip, and a few hundred
// milliseconds of a slow phone's CPU to start and draw), so it is not part of the page's first
// script: each chart loads once its slot comes near the screen and the page is idle, after the
// headline has painted. Each slot is sized before its chart arrives, so nothing jumps. The
// headline fit chart is drawn by recharts in a Web Worker and arrives as finished SVG
// (docs/decisions/004-results-report.md, 010-headline-chart-in-a-worker.md).
const CompetencyChart = dynamic(() => import('./competency-chart'), { ssr: false });
const TensionChart = dynamic(() => import('./tension-chart'), { ssr: false });

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
  const valueChars = longestValue(rows.map((r) => r.chartValue));
  return (
    <ChartSlot height={(width) => chartHeight('competency', names, width, valueChars)}>
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
