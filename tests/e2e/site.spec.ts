import { expect, test } from '@playwright/test';

import { findAxeViolations, formatViolations } from './support/axe';
import { measureHorizontalOverflow } from './support/layout';
import { findForeignRequests, recordRequests } from './support/requests';

// The pages that exist so far; the quiz and its results get their own specs.
const paths = ['/', '/roles'];

for (const path of paths) {
  test.describe(`page ${path}`, () => {
    test('loads with status 200 and has exactly one h1', async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('h1')).toBeVisible();
    });

    test('has no axe violations of WCAG 2.2 AA', async ({ page }) => {
      await page.goto(path, { waitUntil: 'networkidle' });
      const violations = await findAxeViolations(page);
      expect(violations, formatViolations(violations)).toHaveLength(0);
    });

    test('sends no request outside its own origin', async ({ page, baseURL }) => {
      const requests = recordRequests(page);
      await page.goto(path, { waitUntil: 'networkidle' });
      // Scrolling to the end brings in anything lazy: images, prefetched links.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForLoadState('networkidle');
      expect(requests.urls.length).toBeGreaterThan(0);
      expect(findForeignRequests(requests.urls, new URL(baseURL ?? '').origin)).toEqual([]);
    });

    for (const width of [375, 320]) {
      test.describe(`at ${width}px wide`, () => {
        test.use({ viewport: { width, height: 740 } });

        test('shows its heading with no horizontal scrolling', async ({ page }) => {
          await page.goto(path);
          await expect(page.locator('h1')).toBeInViewport();
          const { overflowPx, culprits } = await measureHorizontalOverflow(page);
          expect(overflowPx, `wider than the screen: ${culprits.join(', ')}`).toBe(0);
        });
      });
    }

    test('Tab reaches the skip link first and Enter moves focus to main', async ({ page }) => {
      await page.goto(path);
      await page.keyboard.press('Tab');
      const skipLink = page.getByRole('link', { name: /skip to (main )?content/i });
      await expect(skipLink).toBeFocused();
      await expect(skipLink).toBeInViewport();
      const target = await skipLink.getAttribute('href');
      expect(target).toMatch(/^#./);
      await page.keyboard.press('Enter');
      await expect(page.locator(`main${target}`)).toBeFocused();
    });
  });
}
