'use client';

import dynamic from 'next/dynamic';

import { Card } from '@/app/_shared/ui/card';
import { DataTable } from '@/app/_shared/ui/data-table';
import { ChartSlot } from '@/app/_shared/charts/chart-slot';
import { describeTrend, type TrendPoint } from '@/lib/history/describe-trend';

import { formatAxisDate, formatDay, formatFinishedAt } from './format-date';
import styles from './history.module.css';
import { TREND_CHART_HEIGHT } from './trend-chart-size';

// recharts (about 100 KB gzip) is fetched only when there are two results to draw, and only once
// the list has painted and the page is idle.
const TrendChart = dynamic(() => import('./trend-chart'), { ssr: false });

/** CTO and CPO fit over time, with a text alternative and the data as a table. */
export function TrendSection({ points }: { points: readonly TrendPoint[] }) {
  const summary = describeTrend(points, formatDay);
  return (
    <section className={styles.section} aria-labelledby="trend-title">
      <h2 id="trend-title">Your fit over time</h2>
      <Card className={styles.figure}>
        <ChartSlot height={() => TREND_CHART_HEIGHT} role="group" aria-label={summary}>
          {(width) => (
            <TrendChart
              points={points}
              width={width}
              dateLabel={formatAxisDate}
              names={{ cto: 'CTO fit', cpo: 'CPO fit' }}
            />
          )}
        </ChartSlot>
        <p className={styles.small}>
          Each point is one finished result, oldest on the left; fits are on the 0–100 scale.
        </p>
        <DataTable
          toggle="Show the chart's data as a table"
          caption="CTO and CPO fit of each result"
          columns={['Finished', 'CTO fit', 'CPO fit']}
          rows={points.map((point) => ({
            key: point.id,
            header: <time dateTime={point.finishedAt}>{formatFinishedAt(point.finishedAt)}</time>,
            cells: [point.fit.cto, point.fit.cpo],
          }))}
        />
      </Card>
    </section>
  );
}
