'use client';

import dynamic from 'next/dynamic';

import { Card } from '@/app/_shared/ui/card';
import { DataTable } from '@/app/_shared/ui/data-table';
import { ChartSlot } from '@/app/_shared/charts/chart-slot';
import { describeTrend, type TrendPoint } from '@/lib/history/describe-trend';
import { FIT_NAMES, HISTORY_PAGE_COPY, TREND_TABLE } from '@/lib/history/history-page-words';

import { formatAxisDate, formatDay, formatFinishedAt } from './format-date';
import styles from './history.module.css';
import { TREND_CHART_HEIGHT } from './trend-chart-size';

// recharts (about 100 KB gzip) is fetched only when there are two results to draw, and only once
// the list has painted and the page is idle.
const TrendChart = dynamic(() => import('./trend-chart'), { ssr: false });

const WORDS = HISTORY_PAGE_COPY.chart;

/** CTO and CPO fit over time, with a text alternative and the data as a table. */
export function TrendSection({ points }: { points: readonly TrendPoint[] }) {
  const summary = describeTrend(points, formatDay);
  return (
    <section className={styles.section} aria-labelledby="trend-title">
      <h2 id="trend-title">{WORDS.title}</h2>
      <Card className={styles.figure}>
        <ChartSlot height={() => TREND_CHART_HEIGHT} role="group" aria-label={summary}>
          {(width) => (
            <TrendChart
              points={points}
              width={width}
              dateLabel={formatAxisDate}
              names={FIT_NAMES}
            />
          )}
        </ChartSlot>
        <p className={styles.small}>{WORDS.note}</p>
        <DataTable
          toggle={WORDS.tableToggle}
          caption={TREND_TABLE.caption}
          columns={TREND_TABLE.columns}
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
