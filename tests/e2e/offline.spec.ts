import { expect, test } from '@playwright/test';

import { loadBank } from '@/lib/bank/load-bank';
import { scoreAnswers } from '@/lib/scoring';

import { readPdf } from '../support/read-pdf';

import { browserDate, downloadWith } from './support/export';
import { readHistoryKeys } from './support/history';
import {
  expectNetworkOff,
  expectPagesLoad,
  readCachedUrls,
  visitOnceForOffline,
} from './support/offline';
import { completeQuizByMouse, takeShortFormFromHome } from './support/quiz';
import { SCORING_COPY } from '@/lib/scoring/scoring-copy';

// The service worker is what is under test here (Playwright's default, stated so it stays).
test.use({ serviceWorkers: 'allow' });

const PAGES = ['/', '/roles', '/quiz', '/results', '/compare', '/history', '/team'];

test.describe('offline after one visit', () => {
  test('loads every page with the network off', async ({ page, context }) => {
    await visitOnceForOffline(page);
    await context.setOffline(true);
    await expectNetworkOff(page);
    await expectPagesLoad(page, PAGES);
  });

  test('takes the short form to a scored result, a PDF and history with the network off', async ({
    page,
    context,
  }) => {
    test.slow();
    await visitOnceForOffline(page);
    await context.setOffline(true);
    await page.reload();
    await expectNetworkOff(page);
    const answers = await takeShortFormFromHome(page);

    const { fit } = scoreAnswers(loadBank(), answers, SCORING_COPY, { form: 'short' });
    await expect(page.getByTestId('fit-cto')).toHaveText(String(fit.cto));
    await expect(page.getByTestId('fit-cpo')).toHaveText(String(fit.cpo));

    const pdf = await downloadWith(page, 'Download PDF');
    expect(pdf.name).toBe(`role-fit-${await browserDate(page)}.pdf`);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((await readPdf(pdf.bytes)).text.replace(/\s+/g, ' ')).toContain(String(fit.cto));

    await page.goto('/history');
    await expect(page.getByTestId('history-entry')).toHaveCount(1);
    expect(await readHistoryKeys(page)).toHaveLength(1);
  });

  test('caches nothing from another origin and no URL that carries answers', async ({
    page,
    baseURL,
  }) => {
    test.slow();
    await visitOnceForOffline(page);
    await page.goto('/quiz');
    await page.getByRole('button', { name: 'Start the short form' }).click();
    await completeQuizByMouse(page);
    const cached = await readCachedUrls(page);
    expect(cached.length).toBeGreaterThan(0);
    const origin = new URL(baseURL ?? '').origin;
    expect(cached.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    // Answers live in the fragment, which a request never carries, and in storage.
    expect(cached.filter((url) => url.includes('#'))).toEqual([]);
  });

  test('is installable: Chromium finds no installability error in the manifest and worker', async ({
    page,
    context,
  }) => {
    await visitOnceForOffline(page);
    // The check Lighthouse's installable-manifest audit read before Lighthouse 12 dropped it.
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    // Playwright's contexts are incognito, which no site can change; every other error counts.
    const siteErrors = installabilityErrors.filter(({ errorId }) => errorId !== 'in-incognito');
    expect(siteErrors).toEqual([]);
    const { errors } = await cdp.send('Page.getAppManifest');
    expect(errors).toEqual([]);
  });
});
