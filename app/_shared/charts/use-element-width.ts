import { useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * The content width of an element, kept up to date as it resizes; 0 until the browser has laid
 * it out. Read from a ResizeObserver, never from `clientWidth`: reading layout during React's
 * commit would force the browser to lay out the whole page inside that task, making it long.
 * The observer reports after layout and before paint, and the update is applied at once, so the
 * first frame that shows the element already has it at its width.
 */
export function useElementWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) flushSync(() => setWidth(Math.floor(entry.contentRect.width)));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}
