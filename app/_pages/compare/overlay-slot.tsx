'use client';

import dynamic from 'next/dynamic';

import { overlayLayout } from '@/app/_shared/charts/chart-layouts';
import { ChartSlot } from '@/app/_shared/charts/chart-slot';

import type { OverlayDatum } from './competency-overlay';

// recharts is the heaviest code on the page, so the overlay chart loads only when its box comes
// near the screen and the page is idle, or before printing; the box is sized first, so nothing
// jumps.
const CompetencyOverlay = dynamic(() => import('./competency-overlay'), { ssr: false });

/**
 * The competency overlay, loaded near the screen, in a group named by `label` (its summary);
 * recharts' accessibility layer lets a keyboard step through its rows.
 */
export function OverlaySlot({
  rows,
  names,
  label,
}: {
  rows: readonly OverlayDatum[];
  /** The two people's names, for the tooltip. */
  names?: readonly [string, string];
  label: string;
}) {
  return (
    <ChartSlot
      height={(width) => overlayLayout(rows, width).height}
      role="group"
      aria-label={label}
    >
      {(width) => <CompetencyOverlay rows={rows} names={names} width={width} />}
    </ChartSlot>
  );
}
