import { execFileSync } from 'node:child_process';

import { defineConfig } from '@playwright/test';

import { assertChromiumInstalled, chromiumArgs, chromiumPath } from './tests/e2e/support/chromium';

assertChromiumInstalled();

// The static export (STATIC_EXPORT=1, built into out/) served by Python's plain file server: no Next.js server,
// no rewrites, no headers — what any CDN or bucket would do with out/.
process.env.STATIC_PORT ??= execFileSync(process.execPath, [
  '-e',
  "const s = require('node:net').createServer().listen(0, '127.0.0.1', () => { process.stdout.write(String(s.address().port)); s.close(); });",
]).toString();
const baseURL = `http://127.0.0.1:${process.env.STATIC_PORT}`;

export default defineConfig({
  testDir: 'tests/e2e-static',
  testMatch: '**/*.spec.ts',
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  // One retry in CI: a test that passes only on its retry is reported as flaky by name in the
  // run's summary (.ci/run), so a timing hiccup on a shared 2-core machine does not hide the rest.
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI
    ? [['list'], ['json', { outputFile: 'artifacts/playwright-static-results.json' }]]
    : [['list']],
  use: {
    baseURL,
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath, args: [...chromiumArgs] },
    // As in playwright.config.ts: only the offline tests let the service worker register. A worker
    // would also answer later navigations from its cache, past the headers a test sets with page.route.
    serviceWorkers: 'block',
  },
  webServer: {
    command: `STATIC_EXPORT=1 npm run -s build && python3 -m http.server ${process.env.STATIC_PORT} --bind 127.0.0.1 --directory out`,
    url: `${baseURL}/`,
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: 'pipe',
  },
});
