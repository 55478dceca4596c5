import { gzipSync } from 'node:zlib';

import { chromium, type Browser, type Response } from '@playwright/test';

import { findAxeViolations, formatViolations } from '../../tests/e2e/support/axe';
import { chromiumArgs, chromiumPath } from '../../tests/e2e/support/chromium';

/** A Playwright Chromium for the axe and JavaScript checks. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs] });
}

/** One script a page loaded, and whether it came only after the load event (a prefetch, say). */
export interface LoadedScript {
  url: string;
  gzipBytes: number;
  afterLoad: boolean;
}

/** What one page load showed: its scripts' weight and, if asked for, its axe violations. */
export interface PageCheck {
  /** The sum of every script the page loaded (each URL once), each gzipped at level 6. */
  jsGzipBytes: number;
  /** The scripts behind that sum, largest first. */
  scripts: LoadedScript[];
  /**
   * Scripts a Web Worker of the page fetched: they run off the main thread and are reported
   * beside the page's JavaScript, not in it.
   */
  workerJsGzipBytes: number;
  /**
   * Scripts the service worker fetched into its precache after the page loaded, by network idle
   * (decision 026): not the page's JavaScript, and only what it had fetched by then.
   */
  precacheJsGzipBytes: number;
  axeViolations: number;
  /** axe's violations, formatted for a person; empty when there are none or axe was not run. */
  axeReport: string;
}

/**
 * Loads `url` in a fresh context, waits for the load event and then network idle, and measures
 * the JavaScript it loaded; with `runAxe`, runs axe's WCAG 2.2 AA rules on it too.
 */
export async function checkPage(
  browser: Browser,
  url: string,
  runAxe: boolean,
): Promise<PageCheck> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const scripts = new Map<string, { response: Response; afterLoad: boolean }>();
    let loaded = false;
    page.on('load', () => {
      loaded = true;
    });
    const workerScripts = new Map<string, Response>();
    const precachedScripts = new Map<string, Response>();
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script' && !scripts.has(response.url())) {
        scripts.set(response.url(), { response, afterLoad: loaded });
      }
    });
    // Playwright reports a worker's own fetches on the context, as resource type "other".
    context.on('response', (response) => {
      if (response.request().resourceType() === 'script' || !isJavaScript(response)) return;
      const fetchedBy = response.request().serviceWorker() ? precachedScripts : workerScripts;
      fetchedBy.set(response.url(), response);
    });
    const response = await page.goto(url, { waitUntil: 'load' });
    if (response === null || !response.ok()) {
      throw new Error(`${url} answered ${response?.status() ?? 'nothing'}`);
    }
    await page.waitForLoadState('networkidle');
    const loadedScripts: LoadedScript[] = [];
    for (const [scriptUrl, { response: scriptResponse, afterLoad }] of scripts) {
      const gzipBytes = gzipSync(await scriptResponse.body(), { level: 6 }).length;
      loadedScripts.push({ url: scriptUrl, gzipBytes, afterLoad });
    }
    loadedScripts.sort((a, b) => b.gzipBytes - a.gzipBytes);
    const workerJsGzipBytes = await gzippedTotal(workerScripts.values());
    const precacheJsGzipBytes = await gzippedTotal(precachedScripts.values());
    const violations = runAxe ? await findAxeViolations(page) : [];
    return {
      jsGzipBytes: loadedScripts.reduce((sum, script) => sum + script.gzipBytes, 0),
      scripts: loadedScripts,
      workerJsGzipBytes,
      precacheJsGzipBytes,
      axeViolations: violations.length,
      axeReport: violations.length === 0 ? '' : formatViolations(violations),
    };
  } finally {
    await context.close();
  }
}

async function gzippedTotal(responses: Iterable<Response>): Promise<number> {
  let total = 0;
  for (const response of responses) {
    // A response whose body is gone (a navigation away, a cancelled precache) counts nothing.
    const body = await response.body().catch(() => null);
    if (body !== null) total += gzipSync(body, { level: 6 }).length;
  }
  return total;
}

function isJavaScript(response: Response): boolean {
  const type = response.headers()['content-type'] ?? '';
  return /javascript/.test(type) || new URL(response.url()).pathname.endsWith('.js');
}
