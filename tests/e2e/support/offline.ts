import { expect, type Page } from '@playwright/test';

/**
 * Visits `path` once, waits until the service worker has precached the site and been activated,
 * and reloads so that it controls the page: what one visit leaves behind for the next.
 */
export async function visitOnceForOffline(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? null))
    .toBe('activated');
}

/** Every URL the page's origin holds in Cache Storage, whatever the cache. */
export async function readCachedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      urls.push(...(await cache.keys()).map((request) => request.url));
    }
    return urls;
  });
}

/**
 * Fails unless the network is really off for the service worker too: a URL nothing has cached
 * must not load. Without this, a worker that still reached the server would pass for offline.
 */
export async function expectNetworkOff(page: Page): Promise<void> {
  const outcome = await page.evaluate(() =>
    fetch(`/never-cached-${Date.now()}`).then(
      (response) => `answered ${response.status}`,
      () => 'failed',
    ),
  );
  expect(outcome).toBe('failed');
}

/** Opens each path and expects it to load with its heading (with the network off, from the worker). */
export async function expectPagesLoad(page: Page, paths: readonly string[]): Promise<void> {
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.ok(), path).toBe(true);
    await expect(page.locator('h1'), path).toBeVisible();
  }
}
