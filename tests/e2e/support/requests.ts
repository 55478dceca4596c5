import type { Page } from '@playwright/test';

/**
 * Records the URL of every request the page's browser context makes from now on — documents,
 * scripts, fetches, beacons, workers, failed ones too — and every WebSocket the page opens.
 */
export function recordRequests(page: Page): { readonly urls: string[] } {
  const urls: string[] = [];
  page.context().on('request', (request) => urls.push(request.url()));
  page.on('websocket', (socket) => urls.push(socket.url()));
  return { urls };
}

/** The URLs that go to another origin than `origin`; data: and blob: URLs never leave. */
export function findForeignRequests(urls: readonly string[], origin: string): string[] {
  return [...new Set(urls)].filter((url) => {
    const { protocol, origin: urlOrigin } = new URL(url);
    return protocol !== 'data:' && protocol !== 'blob:' && urlOrigin !== origin;
  });
}
