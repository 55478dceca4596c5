import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/**
 * The URL fragment without its `#`, exactly as the address has it (not percent-decoded: a
 * comparison's names are escaped inside it): `undefined` during server rendering and hydration.
 */
export function useRawHash(): string | undefined {
  return useSyncExternalStore(
    subscribe,
    () => window.location.hash.replace(/^#/, ''),
    () => undefined,
  );
}
