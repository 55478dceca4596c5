import type { Browser } from '@playwright/test';

import { findForeignRequests } from '../../tests/e2e/support/requests';

/** Every request of one person's full visit, and those that went to another origin. */
export interface PrivacyRun {
  readonly requests: number;
  readonly foreign: readonly string[];
  readonly downloads: number;
}

/**
 * Takes the short form from the landing page to the results, then uses every download button
 * the results page offers, recording each request the browser makes (documents, scripts,
 * fetches, beacons, sockets). Answers must never leave the browser: any other origin fails.
 */
export async function runPrivacyCheck(browser: Browser, origin: string): Promise<PrivacyRun> {
  const context = await browser.newContext({ acceptDownloads: true });
  const urls: string[] = [];
  context.on('request', (request) => urls.push(request.url()));
  const page = await context.newPage();
  page.on('websocket', (socket) => urls.push(socket.url()));
  let downloads = 0;
  try {
    await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
    await page
      .getByRole('link', { name: /start the quiz/i })
      .first()
      .click();
    await page.getByRole('button', { name: 'Start the short form' }).click();
    for (let step = 0; step < 40; step++) {
      const heading = (await page.locator('h1').textContent()) ?? '';
      if (heading === 'Review your answers') break;
      const fieldsets = page.locator('main form fieldset');
      const count = await fieldsets.count();
      for (let i = 0; i < count; i++) {
        const radios = fieldsets.nth(i).getByRole('radio');
        await radios.nth((step + i) % (await radios.count())).check();
      }
      await page.getByRole('button', { name: /^(Next|Review your answers)$/ }).click();
      await page.waitForFunction(
        (previous) => document.querySelector('h1')?.textContent !== previous,
        heading,
      );
    }
    await page.getByRole('button', { name: 'See my results' }).first().click();
    await page.getByTestId('fit-cto').waitFor({ state: 'attached' });
    await page.waitForLoadState('networkidle');
    const buttons = page.getByRole('button', { name: /^download/i });
    for (let i = 0; i < (await buttons.count()); i++) {
      const download = page.waitForEvent('download', { timeout: 15_000 });
      await buttons.nth(i).click();
      await download;
      downloads += 1;
    }
    await page.waitForLoadState('networkidle');
    return { requests: urls.length, foreign: findForeignRequests(urls, origin), downloads };
  } finally {
    await context.close();
  }
}
