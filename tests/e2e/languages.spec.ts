import { expect, test, type Page } from '@playwright/test';

import { loadBank } from '@/lib/bank/load-bank';
import { encodeShareCode } from '@/lib/codecs/share-code';
import { encodeCompareCode } from '@/lib/codecs/compare-code';
import { encodeTeamCode } from '@/lib/codecs/team-code';
import { LANGUAGE_CHOICE_KEY } from '@/lib/i18n/language-choice';
import { localePath } from '@/lib/i18n/locale-path';
import type { Locale } from '@/lib/i18n/locales';
import { englishIn } from '@/tests/support/english-sentences';

import { findAxeViolations, formatViolations } from './support/axe';
import { measureHorizontalOverflow } from './support/layout';
import { personAnswers } from './support/quiz';

const bank = loadBank();
const TRANSLATED: readonly Locale[] = ['es', 'de'];
const PAGES = ['/', '/roles', '/quiz', '/results', '/compare', '/team', '/history'];

function shareCode(person: string): string {
  return encodeShareCode(bank, { form: 'full', answers: personAnswers(person) });
}

const people = ['enterprise-cto', 'b2b-saas-cpo', 'engineering-manager'];
const codes = people.map(shareCode);
/** Pages with a result in their fragment, as share, compare and team links open them. */
const LINKS = [
  `/results#${codes[0]}`,
  `/compare#${encodeCompareCode([codes[0] ?? '', codes[1] ?? ''], ['Ana', 'Ben'])}`,
  `/team#${encodeTeamCode(codes.map((code, i) => ({ code, name: `P${i + 1}` })))}`,
];

/** The page's visible text, once its client code has filled it in. */
async function settledText(page: Page): Promise<string> {
  await page.waitForLoadState('networkidle');
  await expect(page.locator('h1')).toBeVisible();
  return page.locator('body').innerText();
}

for (const locale of TRANSLATED) {
  test.describe(`in ${locale}`, () => {
    for (const path of [...PAGES, ...LINKS]) {
      const url = localePath(locale, path);
      const name = url.split('#')[0] + (url.includes('#') ? '#…' : '');

      test(`${name} is in ${locale} throughout, with no axe violation`, async ({ page }) => {
        const response = await page.goto(url);
        expect(response?.status()).toBe(200);
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        expect(englishIn(await settledText(page), locale)).toEqual([]);
        const violations = await findAxeViolations(page);
        expect(violations, formatViolations(violations)).toHaveLength(0);
      });

      test(`${name} fits a 320px screen`, async ({ page }) => {
        await page.setViewportSize({ width: 320, height: 720 });
        await page.goto(url);
        await settledText(page);
        const { overflowPx, culprits } = await measureHorizontalOverflow(page);
        expect(overflowPx, culprits.join(', ')).toBeLessThanOrEqual(0);
      });
    }
  });
}

test('a result shows the same figures in every language', async ({ page }) => {
  const figures = async (locale: Locale) => {
    await page.goto(localePath(locale, `/results#${codes[1]}`));
    await expect(page.getByTestId('fit-cto')).toHaveText(/\d/);
    return [
      await page.getByTestId('fit-cto').innerText(),
      await page.getByTestId('fit-cpo').innerText(),
    ];
  };
  const english = await figures('en');
  expect(await figures('es')).toEqual(english);
  expect(await figures('de')).toEqual(english);
});

test('the switch opens the same page in another language, fragment and all, and is remembered', async ({
  page,
}) => {
  const link = LINKS[1] ?? '';
  await page.goto(link);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page
    .getByRole('navigation', { name: 'Language' })
    .getByRole('link', { name: 'Deutsch' })
    .click();
  await expect(page).toHaveURL(new RegExp(`/de${link.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  expect(await page.evaluate((key) => localStorage.getItem(key), LANGUAGE_CHOICE_KEY)).toBe('de');

  // An old English link now opens in German, fragment kept.
  const result = `/results#${codes[2]}`;
  await page.goto(result);
  await expect(page).toHaveURL(new RegExp(`/de/results#${codes[2]?.replace(/\./g, '\\.')}$`));
  await expect(page.getByTestId('fit-cto')).toHaveText(/\d/);

  // Choosing English again keeps English links English.
  await page
    .getByRole('navigation', { name: 'Sprache' })
    .getByRole('link', { name: 'English' })
    .click();
  await expect(page).toHaveURL(/\/results#/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto('/roles');
  await expect(page).toHaveURL(/\/roles$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('links inside a page keep its language', async ({ page }) => {
  await page.goto('/es/roles');
  const nav = page.getByRole('navigation', { name: 'Principal' });
  for (const link of await nav.getByRole('link').all()) {
    expect(await link.getAttribute('href')).toMatch(/^\/es\//);
  }
  await nav.getByRole('link').last().click();
  await expect(page).toHaveURL(/\/es\/quiz$/);
});

test('an address that is no page says so in the site’s frame, without redirecting', async ({
  page,
}) => {
  await page.goto('/');
  await page.evaluate((key) => localStorage.setItem(key, 'es'), LANGUAGE_CHOICE_KEY);
  for (const path of ['/fr/quiz', '/es/nowhere', '/nowhere']) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Page not found');
    await expect(page).toHaveURL(new RegExp(`${path}$`));
  }
});
