import type { Page } from '@playwright/test';

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
