'use client';

import dynamic from 'next/dynamic';

import { competencyLayout, tensionLayout } from './chart-layouts';
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
  return (
    <ChartSlot height={(width) => competencyLayout(rows, width).height}>
      {(width) => <CompetencyChart rows={rows} width={width} />}
    </ChartSlot>
  );
}

export function TensionChartSlot({ rows }: { rows: readonly TensionDatum[] }) {
  return (
    <ChartSlot height={(width) => tensionLayout(rows, width).height}>
      {(width) => <TensionChart rows={rows} width={width} />}
    </ChartSlot>
  );
}
