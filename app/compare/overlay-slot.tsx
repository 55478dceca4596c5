'use client';

import dynamic from 'next/dynamic';
import { useEffect, useState } from 'react';

import { useElementWidth } from '@/app/components/charts/use-element-width';

import styles from './compare.module.css';
import type { OverlayDatum } from './competency-overlay';
import { overlayGeometry } from './overlay-layout';

// recharts is the heaviest code on the page, so the overlay chart loads only when its box comes
// within 400px of the screen, or before printing; the box is sized first, so nothing jumps.
const CompetencyOverlay = dynamic(() => import('./competency-overlay'), { ssr: false });

/** The competency overlay, loaded near the screen; `label` summarises it for screen readers. */
export function OverlaySlot({ rows, label }: { rows: readonly OverlayDatum[]; label: string }) {
  const { ref, width } = useElementWidth<HTMLDivElement>();
  const [near, setNear] = useState(false);
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
    window.addEventListener('beforeprint', loadNow);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', loadNow);
    };
  }, [ref, near]);
  const height = overlayGeometry(
    rows.map((r) => r.name),
    width,
  ).height;
  return (
    <div
      ref={ref}
      className={styles.chartBox}
      style={{ height }}
      role="img"
      aria-label={label}
      data-chart-slot
    >
      {near && width > 0 && <CompetencyOverlay rows={rows} width={width} />}
    </div>
  );
}
