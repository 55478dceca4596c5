import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { expect, type Page } from '@playwright/test';

import type { Answers, Form } from '@/lib/answers/schema';

import { observeClipboardWrite } from './export';

/** What the command line says about an answer set: `npm run -s cli -- score FILE`. */
export function scoreWithCli(
  answers: Answers,
  form: Form,
): { fit: { cto: number; cpo: number }; verdict: { headline: string } } {
  const dir = mkdtempSync(join(tmpdir(), 'role-fit-results-'));
  try {
    const file = join(dir, 'answers.json');
    writeFileSync(file, JSON.stringify({ answers, form }));
    const stdout = execFileSync('npm', ['run', '-s', 'cli', '--', 'score', file], {
      encoding: 'utf8',
    });
    return JSON.parse(stdout) as ReturnType<typeof scoreWithCli>;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The same share code with its first answer changed, so that its checksum no longer matches. */
export function tamperShareCode(code: string): string {
  const parts = code.split('.');
  const payload = parts[3] ?? '';
  parts[3] = `${payload.startsWith('A') ? 'B' : 'A'}${payload.slice(1)}`;
  return parts.join('.');
}

/**
 * Brings every part of the results page in: the sections that render after the headline and
 * the charts that load as they come near the screen. Ends at the top of the page.
 */
export async function revealWholeReport(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: /^Review (your|the) answers$/ })).toBeAttached();
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += 400) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    window.scrollTo(0, 0);
  });
  // Charts draw after the headline, in idle time; on a loaded 2-core machine that can take longer
  // than the default five seconds.
  await expect(page.locator('[data-chart-slot]:not(:has(svg))')).toHaveCount(0, {
    timeout: 15_000,
  });
}

/** Copies the share link with the page's own button and returns what went to the clipboard. */
export async function copyShareLink(page: Page): Promise<string> {
  return observeClipboardWrite(page, async () => {
    await page.getByRole('button', { name: 'Copy link to this result' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  });
}

/** The text of the report's sections that do not depend on where the answers came from. */
export async function readReportBody(page: Page): Promise<string[]> {
  const ids = ['fit-title', 'competencies-title', 'focus-title', 'tensions-title', 'review-title'];
  const texts: string[] = [];
  for (const id of ids) {
    const section = page.locator(`section[aria-labelledby="${id}"]`);
    texts.push((await section.innerText()).replace(/Review (your|the) answers/, 'Review'));
  }
  return texts;
}

/**
 * Presses Tab from the top of the page until focus comes round again, and returns a description
 * of each element that took focus, with whether its focus could be seen (an outline or a ring).
 */
export async function tabThroughPage(
  page: Page,
): Promise<{ reached: string[]; invisibleFocus: string[] }> {
  await page.evaluate(() => {
    document.querySelectorAll('[data-tab-id]').forEach((el) => el.removeAttribute('data-tab-id'));
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const reached: string[] = [];
  const invisibleFocus: string[] = [];
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate((index) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      if (el.dataset.tabId) return { again: true, id: el.dataset.tabId, visible: true };
      el.dataset.tabId = String(index);
      const style = getComputedStyle(el);
      const visible =
        (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
        style.boxShadow !== 'none';
      return { again: false, id: el.dataset.tabId, visible };
    }, i);
    if (info === null || info.again) break;
    reached.push(info.id);
    if (!info.visible) invisibleFocus.push(info.id);
  }
  return { reached, invisibleFocus };
}
