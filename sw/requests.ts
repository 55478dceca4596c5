/**
 * What the service worker may touch. Kept free of worker globals so it can be tested on its own.
 * A request's URL never holds the fragment, so answers (kept in the fragment and in storage)
 * never reach the worker.
 */

/** Only this site's own GET requests are ever answered or cached; everything else goes by. */
export function isOwnGet(request: { method: string; url: string }, origin: string): boolean {
  return request.method === 'GET' && new URL(request.url).origin === origin;
}

/** Next's build output: every name holds a content hash, so a cached copy never goes stale. */
export function isHashedAsset(url: string): boolean {
  return new URL(url).pathname.startsWith('/_next/static/');
}

/**
 * The precached URLs that may hold a page asked for offline: its own path, then the same path
 * with or without the trailing slash (the static export's links end in one, `next start`'s do not).
 * The query string is dropped: every page is static and reads its state from the fragment.
 */
export function offlinePageCandidates(url: string): string[] {
  const { origin, pathname } = new URL(url);
  if (pathname === '/') return [`${origin}/`];
  const other = pathname.endsWith('/') ? pathname.slice(0, -1) : `${pathname}/`;
  return [`${origin}${pathname}`, `${origin}${other}`];
}
