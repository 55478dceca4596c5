import { expect, test } from '@playwright/test';

import {
  sampleCompareCode,
  sampleShareCode,
  sampleTeamCode,
} from '@/scripts/audit/sample-share-code';

import { serviceWorkerHeaders } from '@/lib/site/security-headers.mjs';

import { directiveSources, recordCspViolations, serveWithHeaders } from './support/csp';

// The build hashes every inline script its pages send, and script-src allows those and no other
// (docs/decisions/025-csp-hashes.md). A page whose inline script is missing from the list would
// stop working in the browser without any other test noticing why; this one names it.

/** Every page, with the share, compare and team links a visitor brings, and a missing one. */
const pages = [
  '/',
  '/roles',
  '/quiz',
  `/results#${sampleShareCode()}`,
  '/results',
  `/compare#${sampleCompareCode()}`,
  '/compare',
  `/team#${sampleTeamCode()}`,
  '/team',
  '/history',
  '/no-such-page',
];

test('every page is served a script-src with hashes and no unsafe-inline, and runs no script it forbids', async ({
  page,
}) => {
  test.slow();
  const violations = await recordCspViolations(page);
  for (const path of pages) {
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    const policy = response?.headers()['content-security-policy'] ?? '';
    const scriptSources = directiveSources(policy, 'script-src');
    expect(scriptSources, path).toContain("'self'");
    expect(scriptSources, path).not.toContain("'unsafe-inline'");
    expect(scriptSources, path).not.toContain("'unsafe-eval'");
    expect(scriptSources.filter((s) => s.startsWith("'sha256-")).length, path).toBeGreaterThan(0);
    await expect(page.locator('h1')).toBeVisible();
  }
  // The pages' scripts ran: the quiz answers a click with its first questions.
  await page.goto('/quiz');
  await page.getByRole('button', { name: 'Start the short form' }).click();
  await expect(page.getByRole('radio').first()).toBeVisible();
  expect(violations.found).toEqual([]);
});

test('a policy without the hashes is reported, so the check above can fail', async ({ page }) => {
  const served = await page.request.get('/');
  const policy = served.headers()['content-security-policy'] ?? '';
  const withoutHashes = policy.replace(/ 'sha256-[^']+'/g, '');
  await serveWithHeaders(page, [{ key: 'Content-Security-Policy', value: withoutHashes }]);
  const violations = await recordCspViolations(page);
  await page.goto('/', { waitUntil: 'networkidle' });
  await expect.poll(() => violations.found.length).toBeGreaterThan(0);
});

test('the service worker’s script is served with a policy of its own, which lets it fetch only this origin', async ({
  request,
}) => {
  const served = await request.get('/sw.js');
  expect(served.ok()).toBe(true);
  for (const { key, value } of serviceWorkerHeaders()) {
    expect(served.headers()[key.toLowerCase()], key).toBe(value);
  }
});
