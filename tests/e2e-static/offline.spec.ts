import { execFileSync } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';

import { expect, test, type Page } from '@playwright/test';

import { expectNetworkOff, expectPagesLoad, visitOnceForOffline } from '../e2e/support/offline';
import { answerStepByMouse, readSavedProgress, variedPicks } from '../e2e/support/quiz';

test.use({ serviceWorkers: 'allow' });

const projectDir = resolve(import.meta.dirname, '../..');

test.describe('the static export offline', () => {
  test('serves a service worker and a manifest, and every page once the network is off', async ({
    page,
    context,
  }) => {
    await visitOnceForOffline(page);
    const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(manifestHref).toBe('/manifest.webmanifest');
    const manifest = (await (await page.request.get(manifestHref ?? '')).json()) as {
      name: string;
    };
    expect(manifest.name).toBe('Role Fit');

    await context.setOffline(true);
    await expectNetworkOff(page);
    await expectPagesLoad(page, [
      '/',
      '/roles/',
      '/quiz/',
      '/results/',
      '/compare/',
      '/history/',
      '/team/',
    ]);
  });

  test('serves a new deployment on the next visit, says an update is ready, and keeps progress', async ({
    page,
    context,
  }) => {
    test.slow();
    const scratch = mkdtempSync(join(tmpdir(), 'role-fit-deployments-'));
    const host = await serveFolder(copyDeployment(scratch, 'a'));
    try {
      await visitOnceForOffline(page, `${host.url}/quiz/`);
      await page.getByRole('button', { name: 'Start the short form' }).click();
      await answerStepByMouse(page, 0, variedPicks);
      await page.getByRole('button', { name: 'Next' }).click();
      const progress = await readSavedProgress(page);
      expect(progress?.step).toBe(1);

      host.root = copyDeployment(scratch, 'b');
      await page.goto(`${host.url}/`);
      await expect(deploymentMark(page)).toHaveAttribute('content', 'b');
      const notice = page.getByText('A new version of Role Fit is ready.');
      await expect(notice).toBeVisible({ timeout: 15_000 });
      await page.getByRole('button', { name: 'Reload' }).click();
      await expect(notice).toBeHidden();
      await expect
        .poll(() =>
          page.evaluate(async () => {
            const registration = await navigator.serviceWorker.getRegistration();
            return registration?.waiting === null && registration.active !== null;
          }),
        )
        .toBe(true);

      // The worker now in charge holds deployment b's pages, and the saved progress is untouched.
      await context.setOffline(true);
      await page.goto(`${host.url}/quiz/`);
      await expect(deploymentMark(page)).toHaveAttribute('content', 'b');
      expect(await readSavedProgress(page)).toEqual(progress);
      await expect(page.locator('h1')).toHaveText('Welcome back');
    } finally {
      await host.close();
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});

const deploymentMark = (page: Page) => page.locator('meta[name="role-fit-deployment"]');

/**
 * A copy of the export as deployment `name`: every page marked with a meta tag React leaves
 * alone, and a service worker built for that copy, as a new `npm run build` would give.
 */
function copyDeployment(scratch: string, name: string): string {
  const dir = join(scratch, name);
  cpSync(join(projectDir, 'out'), dir, { recursive: true });
  for (const file of listFiles(dir).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      html.replace('<head>', `<head><meta name="role-fit-deployment" content="${name}">`),
    );
  }
  execFileSync('npx', ['tsx', 'scripts/offline/build-sw.ts'], {
    cwd: projectDir,
    env: { ...process.env, STATIC_EXPORT: '1', NEXT_DIST_DIR: dir },
    stdio: 'pipe',
  });
  return dir;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain',
};

/** A plain file server like the static config's, whose folder can be swapped: a deployment. */
async function serveFolder(
  root: string,
): Promise<{ root: string; readonly url: string; close: () => Promise<void> }> {
  const host = {
    root,
    url: '',
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = join(host.root, path.endsWith('/') ? `${path}index.html` : path);
    try {
      if (statSync(file).isDirectory()) {
        response.writeHead(301, { Location: `${path}/` }).end();
        return;
      }
      response.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      });
      response.end(readFileSync(file));
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  host.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return host;
}
