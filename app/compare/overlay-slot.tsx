'use client';

import dynamic from 'next/dynamic';

import { ChartSlot } from '@/app/_shared/charts/chart-slot';
import { OVERLAY_ROWS, rowLayout } from '@/lib/charts/rows';

import styles from './compare.module.css';
import type { OverlayDatum } from './competency-overlay';

// recharts is the heaviest code on the page, so the overlay chart loads only when its box comes
// near the screen and the page is idle, or before printing; the box is sized first, so nothing
// jumps.
const CompetencyOverlay = dynamic(() => import('./competency-overlay'), { ssr: false });

/** The competency overlay, loaded near the screen; `label` summarises it for screen readers. */
export function OverlaySlot({ rows, label }: { rows: readonly OverlayDatum[]; label: string }) {
  const names = rows.map((r) => r.name);
  return (
    <ChartSlot
      height={(width) => rowLayout(OVERLAY_ROWS, names, width).height}
      className={styles.chartBox}
      role="img"
      aria-label={label}
    >
      {(width) => <CompetencyOverlay rows={rows} width={width} />}
    </ChartSlot>
  );
}
