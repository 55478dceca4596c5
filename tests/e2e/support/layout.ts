import { test, type BrowserContext, type Page } from '@playwright/test';

/** How far the page scrolls sideways, and the elements that stick out past the right edge. */
export async function measureHorizontalOverflow(
  page: Page,
): Promise<{ overflowPx: number; culprits: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const viewportWidth = root.clientWidth;
    const describe = (element: Element): string => {
      const id = element.id === '' ? '' : `#${element.id}`;
      const classes = [...element.classList].map((name) => `.${name}`).join('');
      return `${element.tagName.toLowerCase()}${id}${classes}`;
    };
    const culprits = [...document.body.querySelectorAll('*')]
      .filter((element) => element.getBoundingClientRect().right > viewportWidth + 0.5)
      .slice(0, 5)
      .map(describe);
    return { overflowPx: root.scrollWidth - viewportWidth, culprits };
  });
}

/**
 * Declares the test twice, light and dark, each in a fresh browser context 320px wide that is
 * closed afterwards; `check` gets a first page of that context, the context itself for more
 * pages, and the scheme.
 */
export function testAt320pxInBothSchemes(
  title: string,
  check: (at320: {
    page: Page;
    context: BrowserContext;
    colorScheme: 'light' | 'dark';
  }) => Promise<void>,
): void {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${title}, ${colorScheme}`, async ({ browser }) => {
      const context = await browser.newContext({
        colorScheme,
        viewport: { width: 320, height: 720 },
      });
      try {
        await check({ page: await context.newPage(), context, colorScheme });
      } finally {
        await context.close();
      }
    });
  }
}
