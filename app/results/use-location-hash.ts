import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/**
 * The URL fragment without its `#`: `undefined` during server rendering and hydration, then the
 * fragment ("" when there is none), following later changes to it.
 */
export function useLocationHash(): string | undefined {
  return useSyncExternalStore(
    subscribe,
    () => readHash(window.location.hash),
    () => undefined,
  );
}

function readHash(hash: string): string {
  const fragment = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(fragment);
  } catch {
    // A damaged escape such as "%E0%A4": the share-code decoder reports it as malformed.
    return fragment;
  }
}
