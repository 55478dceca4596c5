'use client';

import { useEffect, useState } from 'react';

import type { CommonCopy } from '@/lib/report/copy/schema';

import { Button } from './ui/button';
import { Notice } from './ui/notice';

/**
 * Registers the service worker (sw/sw.ts, decision 026) once the page has loaded, in production
 * builds only, and says when a new deployment's worker is waiting. Reloading hands over to it;
 * answers, progress and history stay, as they live in the fragment and in storage.
 */
export function ServiceWorkerUpdate({ words }: { words: CommonCopy['update'] }) {
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);

  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    let active = true;
    const register = () => {
      navigator.serviceWorker.register('/sw.js').then(
        // A browser that blocks workers (a privacy setting, a test harness) may resolve with nothing.
        (registration: ServiceWorkerRegistration | undefined) =>
          registration && watchForUpdate(registration, (worker) => active && setWaiting(worker)),
        // Without a worker the site still works online; there is nothing to tell the reader.
        () => undefined,
      );
    };
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register, { once: true });
    return () => {
      active = false;
      window.removeEventListener('load', register);
    };
  }, []);

  const reload = () => {
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
      once: true,
    });
    waiting?.postMessage({ type: 'SKIP_WAITING' });
  };

  return (
    // A polite live region, not role="status": a page's own status line stays the only one.
    <div aria-live="polite" className="container">
      {waiting && (
        <Notice>
          <p>
            {words.ready}{' '}
            <Button variant="link" onClick={reload}>
              {words.reload}
            </Button>
          </p>
        </Notice>
      )}
    </div>
  );
}

/** Calls `onReady` with a new worker once it is installed and waiting to replace the current one. */
function watchForUpdate(
  registration: ServiceWorkerRegistration,
  onReady: (worker: ServiceWorker) => void,
): void {
  // The first worker ever installed has no earlier version to replace: nothing to announce.
  const offer = (worker: ServiceWorker) => {
    if (navigator.serviceWorker.controller) onReady(worker);
  };
  if (registration.waiting) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed') offer(worker);
    });
  });
}
