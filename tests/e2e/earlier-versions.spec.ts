import { readFileSync } from 'node:fs';

import { expect, test, type Page } from '@playwright/test';

import { loadBank } from '@/lib/bank/load-bank';
import { encodeCompareCode } from '@/lib/codecs/compare-code';
import { encodeShareCode } from '@/lib/codecs/share-code';

import { seedStorage } from './support/history';
import { personAnswers } from './support/quiz';

// Results made by the released code of bank version 1 (tests/fixtures/v1/README.md), with the
// figures that code printed for them: every page must show exactly those.
const fixture = (name: string) => readFileSync(`tests/fixtures/v1/${name}`, 'utf8');
const codes = JSON.parse(fixture('codes.json')) as {
  shareFull: { code: string; answers: string };
  shareShort: { code: string; answers: string };
  compare: { code: string; answers: [string, string]; names: [string, string] };
};
interface Figures {
  readonly form: 'full' | 'short';
  readonly fit: { readonly cto: number; readonly cpo: number };
  readonly verdict: { readonly headline: string };
}
const { figures } = JSON.parse(fixture('figures.json')) as { figures: Record<string, Figures> };
const recorded = (name: string): Figures => {
  const found = figures[name];
  if (!found) throw new Error(`no recorded figures for ${name}`);
  return found;
};

const EARLIER = /Taken with an earlier version of the quiz \(version 1;/;

async function expectResult(page: Page, name: string) {
  const expected = recorded(name);
  await expect(page.getByTestId('fit-cto')).toHaveText(String(expected.fit.cto));
  await expect(page.getByTestId('fit-cpo')).toHaveText(String(expected.fit.cpo));
  await expect(page.locator('h1')).toHaveText(expected.verdict.headline);
  const notice = page.getByTestId('earlier-version');
  await expect(notice).toContainText(EARLIER);
  await expect(notice.getByRole('link', { name: 'Take the quiz again' })).toHaveAttribute(
    'href',
    '/quiz',
  );
}

test.describe('a result of bank version 1 on the results page', () => {
  test('opens from a full-form share link with the figures it had', async ({ page }) => {
    await page.goto(`/results#${codes.shareFull.code}`);
    await expectResult(page, codes.shareFull.answers);
  });

  test('opens from a short-form share link with the figures it had', async ({ page }) => {
    await page.goto(`/results#${codes.shareShort.code}`);
    await expectResult(page, codes.shareShort.answers);
  });

  test('opens as the last result saved in this browser', async ({ page }) => {
    await seedStorage(page, { 'role-fit:result': fixture('saved-finished.txt').trim() });
    await page.goto('/results');
    await expectResult(page, 'hybrid-founder');
    // Read, not set aside: the saved result stays where it was.
    expect(
      await page.evaluate(() =>
        Object.keys(localStorage).filter((k) => k.startsWith('role-fit:set-aside:')),
      ),
    ).toEqual([]);
  });

  test('opens from an exported file', async ({ page }) => {
    await page.goto('/results');
    await page.getByLabel('Open an exported result').setInputFiles({
      name: 'role-fit-result.json',
      mimeType: 'application/json',
      buffer: Buffer.from(fixture('export-data-engineer.json')),
    });
    await expect(page.getByText('Showing an imported result')).toBeVisible();
    await expectResult(page, 'data-engineer');
  });

  test('says plainly that a link of a version never released cannot be shown', async ({ page }) => {
    const bank = loadBank();
    const code = encodeShareCode(
      { ...bank, version: 7 },
      { form: 'full', answers: personAnswers('enterprise-cto') },
    );
    await page.goto(`/results#${code}`);
    await expect(page.locator('h1')).toHaveText('This result link cannot be opened');
    await expect(page.locator('main').getByRole('alert')).toContainText(
      'made with a newer version of the quiz (questions version 7',
    );
  });
});

test.describe('a comparison with results of bank version 1', () => {
  test('opens a comparison of two version 1 results with their figures', async ({ page }) => {
    await page.goto(`/compare#${codes.compare.code}`);
    const [a, b] = codes.compare.answers.map(recorded) as [Figures, Figures];
    await expect(page.getByText('Maya and Jon, compared')).toBeVisible();
    for (const [key, expected] of [
      ['a', a],
      ['b', b],
    ] as const) {
      await expect(page.getByTestId(`fit-${key}-cto`)).toHaveText(String(expected.fit.cto));
      await expect(page.getByTestId(`fit-${key}-cpo`)).toHaveText(String(expected.fit.cpo));
    }
    const notice = page.getByTestId('earlier-version');
    await expect(notice).toContainText('Maya:');
    await expect(notice).toContainText('Jon:');
    await expect(notice.getByRole('link', { name: 'Take the quiz again' })).toBeVisible();
  });

  test('opens a comparison of a version 1 result with a current one', async ({ page }) => {
    const bank = loadBank();
    const current = encodeShareCode(bank, {
      form: 'full',
      answers: personAnswers('b2b-saas-cpo'),
    });
    await page.goto(
      `/compare#${encodeCompareCode([codes.shareFull.code, current], ['Old', 'New'])}`,
    );
    const old = recorded(codes.shareFull.answers);
    await expect(page.getByTestId('fit-a-cto')).toHaveText(String(old.fit.cto));
    await expect(page.getByTestId('fit-a-cpo')).toHaveText(String(old.fit.cpo));
    await expect(page.getByTestId('fit-b-cto')).toBeVisible();
    const notice = page.getByTestId('earlier-version');
    await expect(notice).toContainText('Old:');
    await expect(notice).not.toContainText('New:');
  });
});

test.describe('history with results of bank version 1', () => {
  const list = (page: Page) => page.getByTestId('history-entry');

  test('lists a stored version 1 entry with its figures, and opens it', async ({ page }) => {
    const entry = JSON.parse(fixture('history-entry.json')) as { key: string; text: string };
    await seedStorage(page, { [entry.key]: entry.text });
    await page.goto('/history');
    const expected = recorded('hybrid-founder');
    await expect(list(page)).toHaveCount(1);
    await expect(list(page).getByTestId('entry-fit-cto')).toHaveText(String(expected.fit.cto));
    await expect(list(page).getByTestId('entry-fit-cpo')).toHaveText(String(expected.fit.cpo));
    await expect(list(page).getByTestId('entry-earlier-version')).toContainText(EARLIER);
    await list(page).getByRole('link', { name: /^Open/ }).click();
    await page.waitForURL(/\/results#1\.1\./);
    await expectResult(page, 'hybrid-founder');
  });

  test('imports a history file of version 1 results, charts them and compares them', async ({
    page,
  }) => {
    await page.goto('/history');
    await page.getByLabel('Import history').setInputFiles({
      name: 'role-fit-history.json',
      mimeType: 'application/json',
      buffer: Buffer.from(fixture('history-file.json')),
    });
    await expect(page.getByTestId('import-outcome')).toContainText('Added 3 results');
    const shown = await list(page).evaluateAll((items) =>
      items.map(
        (item) =>
          `${item.querySelector('[data-testid=entry-fit-cto]')?.textContent} ${item.querySelector('[data-testid=entry-fit-cpo]')?.textContent}`,
      ),
    );
    expect(shown).toEqual(
      ['hybrid-founder', 'platform-cto', 'data-engineer'].map((name) => {
        const { fit } = recorded(name);
        return `${fit.cto} ${fit.cpo}`;
      }),
    );
    await expect(
      page.getByRole('group', { name: /^Line chart of your CTO and CPO fit over 3 results/ }),
    ).toBeVisible();
    await list(page)
      .first()
      .getByRole('link', { name: /^Compare with/ })
      .click();
    await expect(page).toHaveURL(/\/compare#c1~1\.1\./);
    const platform = recorded('platform-cto');
    await expect(page.getByTestId('fit-a-cto')).toHaveText(String(platform.fit.cto));
    await expect(page.getByTestId('fit-b-cto')).toHaveText(
      String(recorded('hybrid-founder').fit.cto),
    );
  });
});
