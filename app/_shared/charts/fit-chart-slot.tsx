'use client';

import { FIT_CHART_HEIGHT, fitChartGeometry, type FitChartInput } from '@/lib/charts/fit-chart';

import { chartClass } from './chart-class';
import { FitChart } from './fit-chart';
import { useElementWidth } from './use-element-width';

/**
 * The headline chart at the width of its box, drawn as soon as the box is laid out: it is a few
 * dozen SVG elements, so it needs no deferring (decision 018). The box keeps the chart's height
 * from the first paint, so nothing moves.
 */
export function FitChartSlot(props: Omit<FitChartInput, 'width'>) {
  const { ref, width } = useElementWidth<HTMLDivElement>();
  return (
    <div
      ref={ref}
      className={chartClass('frame')}
      style={{ height: FIT_CHART_HEIGHT }}
      data-chart-slot
    >
      {width > 0 && <FitChart geometry={fitChartGeometry({ ...props, width })} />}
    </div>
  );
}
