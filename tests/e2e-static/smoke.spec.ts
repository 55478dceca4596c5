import { expect, test } from '@playwright/test';

import { loadBank } from '@/lib/bank/load-bank';
import { scoreAnswers } from '@/lib/scoring';

import { takeShortFormFromHome } from '../e2e/support/quiz';
import { findForeignRequests, recordRequests } from '../e2e/support/requests';
import { SCORING_COPY } from '@/lib/scoring/scoring-copy';

test.describe('the static export on a plain file server', () => {
  for (const [path, heading] of [
    ['/', /CTO and CPO/],
    ['/roles/', /CTO and CPO/],
    ['/quiz/', 'Take the Role Fit quiz'],
    ['/results/', 'Your results'],
    ['/compare/', 'Compare two results'],
    ['/history/', 'Your history'],
  ] as const) {
    test(`serves ${path}`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveText(heading);
    });
  }

  test('takes the short form from the landing page to a scored result, all from one origin', async ({
    page,
    baseURL,
  }) => {
    const requests = recordRequests(page);
    await page.goto('/');
    const answers = await takeShortFormFromHome(page);
    const profile = scoreAnswers(loadBank(), answers, SCORING_COPY, { form: 'short' });
    await expect(page.getByTestId('fit-cto')).toHaveText(String(profile.fit.cto));
    await expect(page.getByTestId('fit-cpo')).toHaveText(String(profile.fit.cpo));
    expect(findForeignRequests(requests.urls, new URL(baseURL ?? '').origin)).toEqual([]);
  });
});
