'use client';

import { startTransition, useEffect, useState, type HTMLAttributes, type ReactNode } from 'react';

import styles from './charts.module.css';
import { useElementWidth } from './use-element-width';

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

// Safari has no requestIdleCallback; a timeout still lets the page paint first.
const whenIdle = (run: () => void): number =>
  typeof window.requestIdleCallback === 'function'
    ? window.requestIdleCallback(run, { timeout: 2000 })
    : window.setTimeout(run, 50);
const cancelIdle = (id: number) =>
  typeof window.cancelIdleCallback === 'function'
    ? window.cancelIdleCallback(id)
    : window.clearTimeout(id);

/**
 * A box of the chart's height that hands its measured width to the chart inside, once the box
 * comes within 400px of the screen and the page is idle, when every chart is asked for (see
 * {@link loadAllCharts}), or before printing. Other attributes (a role and label, say) go on the box.
 */
export function ChartSlot({
  height,
  waiting = null,
  children,
  className = styles.frame,
  ...box
}: {
  height: (width: number) => number;
  /** What the box shows until its chart starts loading. */
  waiting?: ReactNode;
  children: (width: number) => ReactNode;
} & Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'style'>) {
  const { ref, width } = useElementWidth<HTMLDivElement>();
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || near) return;
    let idle: number | undefined;
    const loadNow = () => setNear(true);
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting) || idle !== undefined) return;
        idle = whenIdle(() => startTransition(loadNow));
      },
      { rootMargin: '400px 0px' },
    );
    observer.observe(element);
    window.addEventListener(LOAD_ALL_CHARTS, loadNow);
    window.addEventListener('beforeprint', loadNow);
    return () => {
      observer.disconnect();
      if (idle !== undefined) cancelIdle(idle);
      window.removeEventListener(LOAD_ALL_CHARTS, loadNow);
      window.removeEventListener('beforeprint', loadNow);
    };
  }, [ref, near]);
  return (
    <div ref={ref} className={className} style={{ height: height(width) }} {...box} data-chart-slot>
      {near && width > 0 ? children(width) : waiting}
    </div>
  );
}
