import type { Page } from '@playwright/test';

/**
 * Records every Content Security Policy violation the page reports from now on, across
 * navigations: the `securitypolicyviolation` events, and Chromium's console errors, which also
 * name violations no event is fired for.
 */
export async function recordCspViolations(page: Page): Promise<{ readonly found: string[] }> {
  const found: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) found.push(message.text());
  });
  await page.exposeFunction('__reportCspViolation', (report: string) => found.push(report));
  // Playwright adds this script through the DevTools protocol, which no page policy can block.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (r: string) => void })
        .__reportCspViolation;
      void report(
        `${event.effectiveDirective} blocked ${event.blockedURI} in ${event.documentURI}`,
      );
    });
  });
  return { found };
}

/** The sources one directive of a policy allows, e.g. `script-src`. */
export function directiveSources(policy: string, directive: string): string[] {
  const entry = policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([name]) => name === directive);
  return entry?.slice(1) ?? [];
}

/**
 * Serves every response with the given headers in place of its own, as a host configured with
 * them would: for the static export (whose file server sends none), or a changed policy. A
 * function gives each path its own, as a host's rules do.
 */
export async function serveWithHeaders(
  page: Page,
  headers:
    | readonly { key: string; value: string }[]
    | ((path: string) => readonly { key: string; value: string }[]),
): Promise<void> {
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    const merged: Record<string, string> = {};
    for (const [key, value] of Object.entries(response.headers()))
      merged[key.toLowerCase()] = value;
    const sent =
      typeof headers === 'function' ? headers(new URL(route.request().url()).pathname) : headers;
    for (const { key, value } of sent) merged[key.toLowerCase()] = value;
    await route.fulfill({ response, headers: merged });
  });
}
