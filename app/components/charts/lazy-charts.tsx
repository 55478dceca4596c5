'use client';

import dynamic from 'next/dynamic';
import { useEffect, useState, type ReactNode } from 'react';

import type { CompetencyDatum } from './competency-chart';
import styles from './charts.module.css';
import { FitBars, type FitBarsProps } from './fit-bars';
import { chartHeight, FIT_CHART_HEIGHT } from './row-layout';
import type { TensionDatum } from './tension-chart';
import { useElementWidth } from './use-element-width';

// recharts is the heaviest code on the results page (about 106 KB gzip, and a long task to start),
// so it is not part of the page's first script: each recharts chart loads once its slot comes near
// the screen. Each slot is sized before its chart arrives, so nothing jumps. The headline fit
// chart is plain SVG and draws at once (docs/decisions/004-results-report.md).
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

/** A box of the chart's height that hands its measured width to the chart inside. */
function ChartSlot({
  height,
  eager = false,
  children,
}: {
  height: (width: number) => number;
  eager?: boolean;
  children: (width: number) => ReactNode;
}) {
  const { ref, width } = useElementWidth<HTMLDivElement>();
  const [near, setNear] = useState(eager);
  useEffect(() => {
    const element = ref.current;
    if (!element || near) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: '400px 0px' },
    );
    observer.observe(element);
    const loadNow = () => setNear(true);
    window.addEventListener(LOAD_ALL_CHARTS, loadNow);
    window.addEventListener('beforeprint', loadNow);
    return () => {
      observer.disconnect();
      window.removeEventListener(LOAD_ALL_CHARTS, loadNow);
      window.removeEventListener('beforeprint', loadNow);
    };
  }, [ref, near]);
  return (
    <div ref={ref} className={styles.frame} style={{ height: height(width) }} data-chart-slot>
      {near && width > 0 && children(width)}
    </div>
  );
}

export function FitChartSlot(props: Omit<FitBarsProps, 'width'>) {
  return (
    <ChartSlot height={() => FIT_CHART_HEIGHT} eager>
      {(width) => <FitBars {...props} width={width} />}
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
