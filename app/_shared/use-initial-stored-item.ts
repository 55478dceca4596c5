import { useRef, useSyncExternalStore } from 'react';

import { readItem } from './progress-storage';

const ignoreChanges = () => () => {};

/**
 * What was stored under `key` when the component first rendered in the browser: `undefined`
 * during server rendering and hydration, then the stored text or null. Read once, so that the
 * component's own later writes do not re-render it.
 */
export function useInitialStoredItem(key: string): string | null | undefined {
  const first = useRef<string | null | undefined>(undefined);
  return useSyncExternalStore(
    ignoreChanges,
    () => {
      if (first.current === undefined) first.current = readItem(key);
      return first.current;
    },
    () => undefined,
  );
}
