/// <reference lib="webworker" />
/**
 * Role Fit's service worker, built by scripts/offline/build-sw.ts (decision 026). Pages come
 * from the network while it answers, so a new deployment is seen on the next visit, and from the
 * precache when it does not; Next's hashed chunks come from the cache first. Only this origin's
 * GET requests are handled; anything else never reaches Serwist.
 */
import { CacheFirst, ExpirationPlugin, NetworkOnly, Serwist, type PrecacheEntry } from 'serwist';

import { isHashedAsset, isOwnGet, offlinePageCandidates } from './requests';

declare const self: ServiceWorkerGlobalScope & {
  /** Replaced at build time by the list of files to precache (@serwist/build's injectManifest). */
  __SW_MANIFEST: (PrecacheEntry | string)[];
};

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  // A new worker waits until the page asks it to take over (the "new version" notice), so a page
  // that is open never has the chunks it may still load swept from under it.
  skipWaiting: false,
  clientsClaim: false,
  navigationPreload: false,
  runtimeCaching: [
    {
      // A page served by a newer deployment than this worker's needs chunks it did not precache.
      matcher: ({ request, url }) =>
        isOwnGet(request, self.location.origin) && isHashedAsset(url.href),
      handler: new CacheFirst({
        cacheName: 'role-fit-chunks',
        plugins: [new ExpirationPlugin({ maxEntries: 400 })],
      }),
    },
  ],
});

/** Network first for pages, with the precached copy of this build when the network fails. */
const pages = new NetworkOnly({
  networkTimeoutSeconds: 5,
  plugins: [
    {
      handlerDidError: async ({ request }) => {
        for (const url of offlinePageCandidates(request.url)) {
          const cached = await serwist.matchPrecache(url);
          if (cached) return cached;
        }
        return undefined;
      },
    },
  ],
});

self.addEventListener('install', serwist.handleInstall);
self.addEventListener('activate', serwist.handleActivate);
self.addEventListener('message', serwist.handleCache);
self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (!isOwnGet(request, self.location.origin)) return;
  if (request.mode === 'navigate') {
    event.respondWith(pages.handle({ event, request }));
    return;
  }
  serwist.handleFetch(event);
});
