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
import { CSP, headersForPath, parseHeadersFile } from '@/scripts/csp/host-headers.mjs';

import { directiveSources, recordCspViolations, serveWithHeaders } from '../e2e/support/csp';

// The export's own headers files (docs/static-hosting.md), applied as a host that reads them
// would: every page must run with them, and no inline script may need 'unsafe-inline'.

const out = fileURLToPath(new URL('../../out/', import.meta.url));

/** The export's `_headers`, read when a test runs: the web server builds it after the tests load. */
function readHostRules() {
  return parseHeadersFile(readFileSync(resolve(out, '_headers'), 'utf8'));
}

/** The policy a host sends on `path` by the export's rules. */
function policyOn(path: string): string | undefined {
  return headersForPath(readHostRules(), path).find((h) => h.key === CSP)?.value;
}

test('out/_headers and out/vercel.json give every page its own policy, and the worker its own', () => {
  const rules = readHostRules();
  expect(rules[0]?.path).toBe('/*');
  expect(rules[0]?.headers.map((h) => h.key)).not.toContain(CSP);
  const workerHeaders = headersForPath(rules, '/sw.js');
  for (const header of serviceWorkerHeaders()) expect(workerHeaders).toContainEqual(header);
  const vercel = JSON.parse(readFileSync(resolve(out, 'vercel.json'), 'utf8'));
  expect(vercel).toEqual({
    headers: rules.map(({ path, headers }) => ({
      source: path === '/*' ? '/(.*)' : path,
      headers,
    })),
  });
  for (const path of ['/', '/quiz/', '/es/quiz/', '/de/results']) {
    const scriptSources = directiveSources(policyOn(path) ?? '', 'script-src');
    expect(scriptSources, path).not.toContain("'unsafe-inline'");
    expect(scriptSources.filter((s) => s.startsWith("'sha256-")).length, path).toBeGreaterThan(0);
  }
});

test('every page runs under the policy in out/_headers without a violation', async ({ page }) => {
  test.slow();
  const rules = readHostRules();
  await serveWithHeaders(page, (path) => headersForPath(rules, path));
  const violations = await recordCspViolations(page);
  for (const path of [
    '/',
    '/roles/',
    '/quiz/',
    `/results/#${sampleShareCode()}`,
    `/compare/#${sampleCompareCode()}`,
    `/team/#${sampleTeamCode()}`,
    '/history/',
    '/es/',
    `/es/results/#${sampleShareCode()}`,
    `/de/team/#${sampleTeamCode()}`,
    '/de/history/',
  ]) {
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    const policy = response?.headers()['content-security-policy'];
    expect(policy, path).toBe(policyOn(new URL(response?.url() ?? '').pathname));
    expect(policy, path).toContain("'sha256-");
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
  const policy = policyOn('/') ?? '';
  const withoutHashes = policy.replace(/ 'sha256-[^']+'/g, '');
  await serveWithHeaders(page, [{ key: 'Content-Security-Policy', value: withoutHashes }]);
  const violations = await recordCspViolations(page);
  await page.goto('/', { waitUntil: 'networkidle' });
  await expect.poll(() => violations.found.length).toBeGreaterThan(0);
});
