import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { expect, test } from '@playwright/test';

import {
  sampleCompareCode,
  sampleShareCode,
  sampleTeamCode,
} from '@/scripts/audit/sample-share-code';
import { serviceWorkerHeaders } from '@/lib/site/security-headers.mjs';
import { parseHeadersFile } from '@/scripts/csp/host-headers.mjs';

import { directiveSources, recordCspViolations, serveWithHeaders } from '../e2e/support/csp';

// The export's own headers files (docs/static-hosting.md), applied as a host that reads them
// would: every page must run with them, and no inline script may need 'unsafe-inline'.

const out = fileURLToPath(new URL('../../out/', import.meta.url));

/** The export's `_headers`, read when a test runs: the web server builds it after the tests load. */
function readHostHeaders() {
  const rules = parseHeadersFile(readFileSync(resolve(out, '_headers'), 'utf8'));
  const headers = rules.find((rule) => rule.path === '/*')?.headers ?? [];
  const policy = headers.find((h) => h.key === 'Content-Security-Policy')?.value ?? '';
  const workerHeaders = rules.find((rule) => rule.path === '/sw.js')?.headers ?? [];
  return { rules, headers, policy, workerHeaders };
}

test('out/_headers and out/vercel.json send the same headers on every path, and the worker its own', () => {
  const { rules, headers, policy, workerHeaders } = readHostHeaders();
  expect(rules.map((rule) => rule.path)).toEqual(['/*', '/sw.js']);
  expect(workerHeaders).toEqual(serviceWorkerHeaders());
  const vercel = JSON.parse(readFileSync(resolve(out, 'vercel.json'), 'utf8'));
  expect(vercel).toEqual({
    headers: [
      { source: '/(.*)', headers },
      { source: '/sw.js', headers: workerHeaders },
    ],
  });
  const scriptSources = directiveSources(policy, 'script-src');
  expect(scriptSources).not.toContain("'unsafe-inline'");
  expect(scriptSources.filter((s) => s.startsWith("'sha256-")).length).toBeGreaterThan(0);
});

test('every page runs under the policy in out/_headers without a violation', async ({ page }) => {
  test.slow();
  const { headers, policy } = readHostHeaders();
  await serveWithHeaders(page, headers);
  const violations = await recordCspViolations(page);
  for (const path of [
    '/',
    '/roles/',
    '/quiz/',
    `/results/#${sampleShareCode()}`,
    `/compare/#${sampleCompareCode()}`,
    `/team/#${sampleTeamCode()}`,
    '/history/',
    '/404.html',
  ]) {
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.headers()['content-security-policy'], path).toBe(policy);
  }
  // The pages' scripts ran: the quiz answers a click with its first questions.
  await page.goto('/quiz/');
  await page.getByRole('button', { name: 'Start the short form' }).click();
  await expect(page.getByRole('radio').first()).toBeVisible();
  expect(violations.found).toEqual([]);
});

test('the same policy without its hashes is reported, so the check above can fail', async ({
  page,
}) => {
  const { policy } = readHostHeaders();
  const withoutHashes = policy.replace(/ 'sha256-[^']+'/g, '');
  await serveWithHeaders(page, [{ key: 'Content-Security-Policy', value: withoutHashes }]);
  const violations = await recordCspViolations(page);
  await page.goto('/', { waitUntil: 'networkidle' });
  await expect.poll(() => violations.found.length).toBeGreaterThan(0);
});
