import { execFileSync } from 'node:child_process';

import { defineConfig } from '@playwright/test';

import { assertChromiumInstalled, chromiumArgs, chromiumPath } from './tests/e2e/support/chromium';

assertChromiumInstalled();

// A free loopback port, chosen once: workers load this file again but inherit the environment,
// so they see the same port. A fixed port would clash with another checkout's server.
process.env.E2E_PORT ??= execFileSync(process.execPath, [
  '-e',
  "const s = require('node:net').createServer().listen(0, '127.0.0.1', () => { process.stdout.write(String(s.address().port)); s.close(); });",
]).toString();
const baseURL = `http://127.0.0.1:${process.env.E2E_PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  // Two workers share two cores with the server: an axe run that takes 10 s alone can take 30 s
  // when both workers run one, so a test gets 60 s before it counts as hung.
  timeout: 60_000,
  // One retry in CI: a test that passes only on its retry is reported as flaky by name in the
  // run's summary (.ci/run), so a timing hiccup on a shared 2-core machine does not hide the rest.
  retries: process.env.CI ? 1 : 0,
  // CI also writes a machine-readable report, from which .ci/run prints its closing count.
  reporter: process.env.CI
    ? [['list'], ['json', { outputFile: 'artifacts/playwright-results.json' }]]
    : [['list']],
  use: {
    baseURL,
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath, args: [...chromiumArgs] },
    trace: 'retain-on-failure',
    // The service worker precaches the whole site (3.4 MB) in every new context; only the offline
    // tests, which are about it, let it register (test.use in tests/e2e/offline.spec.ts).
    serviceWorkers: 'block',
  },
  // Always a fresh production build: testing whatever stale build happens to exist would hide
  // regressions, and the build takes seconds. It goes to its own folder, so a developer's .next
  // (or a running `next dev`/`next start`) and the audit's build are left alone.
  webServer: {
    command: `npm run -s build && npm run -s start -- --hostname 127.0.0.1 --port ${process.env.E2E_PORT}`,
    env: { NEXT_DIST_DIR: '.next-e2e' },
    url: `${baseURL}/`,
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
  },
});
