import { expect, test } from '@playwright/test';

import { loadSiteWords } from '@/lib/i18n/load-site-words';
import { LANGUAGE_CHOICE_KEY } from '@/lib/i18n/language-choice';
import { sampleShareCode } from '@/scripts/audit/sample-share-code';

// The export has a folder per language, like `next start`; a file server knows nothing of
// languages, so every old link must still open, and the remembered choice must work from files.

test.describe('the static export in every language', () => {
  for (const locale of ['es', 'de'] as const) {
    test(`serves /${locale}/ and its pages in ${locale}`, async ({ page }) => {
      const { chrome, roles } = loadSiteWords(locale);
      const response = await page.goto(`/${locale}/roles/`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('h1')).toHaveText(roles.title);
      await page
        .getByRole('navigation', { name: chrome.navLabel })
        .getByRole('link')
        .first()
        .click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/roles/?$`));
    });
  }

  test('an old share link opens in the language this browser chose, fragment kept', async ({
    page,
  }) => {
    const code = sampleShareCode();
    await page.goto('/');
    await page.evaluate((key) => localStorage.setItem(key, 'de'), LANGUAGE_CHOICE_KEY);
    await page.goto(`/results/#${code}`);
    await expect(page).toHaveURL(`/de/results/#${code}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByTestId('fit-cto')).toHaveText(/^\d+$/);
  });
});
