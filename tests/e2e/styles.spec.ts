import { expect, test } from '@playwright/test';

// Every page inlines its CSS into its HTML (next.config.mjs), so styles another page uses cost
// this page bytes to download and parse before its first paint (docs/decisions/012).
test.describe('page styles', () => {
  test('the results page inlines none of the comparison styles, which the comparison page does', async ({
    request,
  }) => {
    const results = await (await request.get('/results')).text();
    const compare = await (await request.get('/compare')).text();
    // --person-a is the comparison page's colour for its first person, defined nowhere else.
    expect(compare).toContain('--person-a:');
    expect(results).not.toContain('--person-a:');
  });

  test('no other page inlines the comparison styles, now that each CSS module has its own chunk', async ({
    request,
  }) => {
    // With Turbopack's default request cost, small modules shared a chunk and the quiz and
    // history pages carried the comparison's styles too (decision 020).
    for (const path of ['/', '/roles', '/quiz', '/history']) {
      const html = await (await request.get(path)).text();
      expect(html, path).not.toContain('--person-a:');
    }
  });

  test('text is set in the platform interface font, with no other family to look up first', async ({
    page,
  }) => {
    await page.goto('/results');
    const fonts = await page.evaluate(() => ({
      body: getComputedStyle(document.body).fontFamily,
      button: getComputedStyle(document.querySelector('a, button') ?? document.body).fontFamily,
    }));
    expect(fonts).toEqual({ body: 'system-ui, sans-serif', button: 'system-ui, sans-serif' });
  });
});
