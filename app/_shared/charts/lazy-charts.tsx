'use client';

import dynamic from 'next/dynamic';
import { COMPETENCY_ROWS, longestValue, rowLayout, TENSION_ROWS } from '@/lib/charts/rows';

import { ChartSlot } from './chart-slot';
import type { CompetencyDatum } from './competency-chart';
import type { TensionDatum } from './tension-chart';

export { loadAllCharts } from './chart-slot';
export { FitChartSlot } from './fit-chart-slot';

// recharts is the heaviest code on the results page (about 106 KB gzip, and a few hundred
// milliseconds of a slow phone's CPU to start and draw), so it is not part of the page's first
// script: each chart loads once its slot comes near the screen and the page is idle, after the
// headline has painted. Each slot is sized before its chart arrives, so nothing jumps. The
// headline fit chart is plain SVG and draws with the page (docs/decisions/004-results-report.md,
// 018-headline-chart-plain-svg.md).
const CompetencyChart = dynamic(() => import('./competency-chart'), { ssr: false });
const TensionChart = dynamic(() => import('./tension-chart'), { ssr: false });

export function CompetencyChartSlot({ rows }: { rows: readonly CompetencyDatum[] }) {
  const names = rows.map((r) => r.name);
  const valueChars = longestValue(rows.map((r) => r.chartValue));
  return (
    <ChartSlot height={(width) => rowLayout(COMPETENCY_ROWS, names, width, valueChars).height}>
      {(width) => <CompetencyChart rows={rows} width={width} />}
    </ChartSlot>
  );
}

export function TensionChartSlot({ rows }: { rows: readonly TensionDatum[] }) {
  const names = rows.map((r) => r.name);
  return (
    <ChartSlot height={(width) => rowLayout(TENSION_ROWS, names, width).height}>
      {(width) => <TensionChart rows={rows} width={width} />}
    </ChartSlot>
  );
}
