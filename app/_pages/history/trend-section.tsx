'use client';

import dynamic from 'next/dynamic';

import { Card } from '@/app/_shared/ui/card';
import { DataTable } from '@/app/_shared/ui/data-table';
import { ChartSlot } from '@/app/_shared/charts/chart-slot';
import { describeTrend, type TrendPoint } from '@/lib/history/describe-trend';
import { fitNames, trendTable } from '@/lib/history/history-page-words';

import { useHistoryDates } from './format-date';
import styles from './history.module.css';
import { TREND_CHART_HEIGHT } from './trend-chart-size';
import { useHistoryWords } from './use-history-words';

// recharts (about 100 KB gzip) is fetched only when there are two results to draw, and only once
// the list has painted and the page is idle.
const TrendChart = dynamic(() => import('./trend-chart'), { ssr: false });

/** CTO and CPO fit over time, with a text alternative and the data as a table. */
export function TrendSection({ points }: { points: readonly TrendPoint[] }) {
  const words = useHistoryWords();
  const dates = useHistoryDates();
  const WORDS = words.history.page.chart;
  const summary = describeTrend(words, points, dates.day);
  const table = trendTable(words);
  return (
    <section className={styles.section} aria-labelledby="trend-title">
      <h2 id="trend-title">{WORDS.title}</h2>
      <Card className={styles.figure}>
        <ChartSlot height={() => TREND_CHART_HEIGHT} role="group" aria-label={summary}>
          {(width) => (
            <TrendChart
              points={points}
              width={width}
              dateLabel={dates.axis}
              names={fitNames(words)}
            />
          )}
        </ChartSlot>
        <p className={styles.small}>{WORDS.note}</p>
        <DataTable
          toggle={WORDS.tableToggle}
          caption={table.caption}
          columns={table.columns}
          rows={points.map((point) => ({
            key: point.id,
            header: <time dateTime={point.finishedAt}>{dates.finishedAt(point.finishedAt)}</time>,
            cells: [point.fit.cto, point.fit.cpo],
          }))}
        />
      </Card>
    </section>
  );
}
