import { readFileSync } from 'node:fs';

import { expect, type Page } from '@playwright/test';

/** A file the page handed to the browser as a download. */
export interface DownloadedFile {
  readonly name: string;
  readonly bytes: Buffer;
}

/** Clicks an export button and returns the file it downloads. */
export async function downloadWith(page: Page, buttonName: string): Promise<DownloadedFile> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: buttonName, exact: true }).click(),
  ]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

/** Today's date in the browser's time zone, as the page names its files. */
export async function browserDate(page: Page): Promise<string> {
  return page.evaluate(() => {
    const now = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  });
}

/** Opens a file through the results page's "Open an exported result" input. */
export async function importFile(
  page: Page,
  name: string,
  contents: string | Buffer,
): Promise<void> {
  await page.getByLabel('Open an exported result').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: typeof contents === 'string' ? Buffer.from(contents) : contents,
  });
}

/** Every Role Fit key in the page's local storage, with its value. */
export async function readStoredKeys(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((key) => key.startsWith('role-fit:'))
        .sort()
        .map((key) => [key, localStorage.getItem(key) ?? '']),
    ),
  );
}

/**
 * Records the body of every script the page loads from now on, so that a test can say which code
 * had arrived by a given moment.
 */
export function recordScripts(page: Page): { readonly bodies: Map<string, string> } {
  const bodies = new Map<string, string>();
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    void response
      .text()
      .then((text) => bodies.set(response.url(), text))
      .catch(() => undefined);
  });
  return { bodies };
}

/** The URLs of the recorded scripts whose code matches a pattern. */
export function scriptsMatching(bodies: ReadonlyMap<string, string>, pattern: RegExp): string[] {
  return [...bodies].filter(([, text]) => pattern.test(text)).map(([url]) => url);
}

/**
 * Watches `navigator.clipboard.writeText` and returns, after `action`, the text it was given. The
 * site's permissions policy forbids reading the clipboard back.
 */
export async function observeClipboardWrite(
  page: Page,
  action: () => Promise<void>,
): Promise<string> {
  await page.context().grantPermissions(['clipboard-write']);
  await page.evaluate(() => {
    const clipboard = navigator.clipboard;
    const write = clipboard.writeText.bind(clipboard);
    clipboard.writeText = async (text: string) => {
      document.documentElement.dataset.copied = text;
      await write(text);
    };
  });
  await action();
  await expect(page.locator('html')).toHaveAttribute('data-copied', /./);
  return (await page.locator('html').getAttribute('data-copied')) ?? '';
}
