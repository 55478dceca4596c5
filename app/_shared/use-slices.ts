import { startTransition, useEffect, useState } from 'react';

/**
 * How many of a report's `count` sections below its headline to render yet. The headline renders at
 * once; each section follows in a transition of its own, so that no single task builds the whole
 * page (a long task delays input; decision 004).
 */
export function useSlices(count: number): number {
  const [shown, setShown] = useState(0);
  useEffect(() => {
    if (shown < count) startTransition(() => setShown(shown + 1));
  }, [shown, count]);
  return shown;
}
