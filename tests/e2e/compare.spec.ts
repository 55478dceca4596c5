import { expect, test } from '@playwright/test';

import { loadBank } from '@/lib/bank/load-bank';
import { encodeCompareCode } from '@/lib/codecs/compare-code';
import { encodeSavedProgress } from '@/lib/codecs/saved-progress-format';
import { loadPairing } from '@/lib/compare/load-pairing';
import { buildCompareSummary } from '@/lib/export/build-compare-summary';
import { renderCompareMarkdown } from '@/lib/export/render-compare-markdown';
import { loadSiteWords } from '@/lib/i18n/load-site-words';

import { expectNoAxeViolations } from './support/axe';
import {
  expectComparison,
  expectedReport,
  revealWholeComparison,
  samplePair,
} from './support/compare';
import {
  browserDate,
  downloadWith,
  observeClipboardWrite,
  recordScripts,
  scriptsMatching,
} from './support/export';
import { englishIn } from '../support/english-sentences';
import { readPdf } from '../support/read-pdf';
import { measureHorizontalOverflow } from './support/layout';
import { tabThroughPage, tamperShareCode } from './support/results';

/** The English words, as the English pages hand them. */
const ENGLISH = loadSiteWords('en');

const bank = loadBank();
const pair = samplePair();
const names = ['Alex', 'Sam'] as const;
const report = expectedReport(pair, names);
const compareCode = encodeCompareCode([pair[0].code, pair[1].code], names);

test.describe('comparing two results', () => {
  test('compares two pasted links with the engine’s fits and readings, and its link shows the same in a fresh browser', async ({
    page,
    browser,
    baseURL,
  }) => {
    await page.goto('/compare');
    await page.getByLabel('Name (optional)').first().fill('Alex');
    await page.getByLabel('Result link').first().fill(`${baseURL}/results#${pair[0].code}`);
    await page.getByLabel('Name (optional)').nth(1).fill('Sam');
    await page.getByLabel('Result link').nth(1).fill(`  ${pair[1].code} `);
    await page.getByRole('button', { name: 'Compare', exact: true }).click();

    await expectComparison(page, report);
    await expect(page).toHaveURL(`${baseURL}/compare#${compareCode}`);
    const body = await page.locator('article').innerText();
    const link = await observeClipboardWrite(page, () =>
      page.getByRole('button', { name: 'Copy link to this comparison' }).click(),
    );
    expect(link).toBe(`${baseURL}/compare#${compareCode}`);

    const fresh = await browser.newContext();
    try {
      const other = await fresh.newPage();
      await other.goto(link);
      await expectComparison(other, report);
      expect(await other.locator('article').innerText()).toBe(body);
    } finally {
      await fresh.close();
    }
  });

  test('fills in the last result of this browser when asked', async ({ page, baseURL }) => {
    await page.goto('/');
    await page.evaluate(
      (value) => localStorage.setItem('role-fit:result', value),
      encodeSavedProgress(
        { id: bank.id, version: bank.version },
        { form: 'full', answers: pair[0].answers, step: 0, finished: true },
      ),
    );
    await page.goto('/compare');
    await page.getByRole('button', { name: 'Use my last result' }).first().click();
    await expect(page.getByLabel('Result link').first()).toHaveValue(
      `${baseURL}/results#${pair[0].code}`,
    );
    await page.getByLabel('Result link').nth(1).fill(pair[1].code);
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await expectComparison(page, expectedReport(pair, ['Person A', 'Person B']));
  });

  test('does not offer a last result when this browser has none', async ({ page }) => {
    await page.goto('/compare');
    await expect(page.getByLabel('Result link')).toHaveCount(2);
    await expect(page.getByRole('button', { name: 'Use my last result' })).toHaveCount(0);
  });

  test('names each link that cannot be read beside its field and in a summary that links to it', async ({
    page,
  }) => {
    await page.goto('/compare');
    await page.getByLabel('Result link').nth(1).fill(tamperShareCode(pair[1].code));
    await page.getByRole('button', { name: 'Compare', exact: true }).click();

    const summary = page.locator('main').getByRole('alert');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('listitem')).toHaveText([
      'First person: Paste the first person’s result link.',
      /^Second person: This link has been changed or damaged/,
    ]);
    const second = page.getByLabel('Result link').nth(1);
    await expect(second).toHaveAttribute('aria-invalid', 'true');
    await expect(second).toHaveAccessibleDescription(/changed or damaged/);
    await summary.getByRole('link', { name: /^Second person/ }).click();
    await expect(second).toBeFocused();
    // Nothing typed is lost.
    await expect(second).toHaveValue(tamperShareCode(pair[1].code));
    await expect(page).toHaveURL(/\/compare$/);
    await expectNoAxeViolations(page, 'compare form with errors');
  });

  test('tells a comparison link pasted as one result apart from a result link', async ({
    page,
  }) => {
    await page.goto('/compare');
    await page.getByLabel('Result link').first().fill(`https://x.example/compare#${compareCode}`);
    await page.getByLabel('Result link').nth(1).fill(pair[1].code);
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await expect(page.getByLabel('Result link').first()).toHaveAccessibleDescription(
      /a link to a whole comparison/,
    );
  });

  const badLinks: [string, string, string, string | null][] = [
    ['not a comparison', 'hello', 'malformed', null],
    ['another format', compareCode.replace(/^c1/, 'c7'), 'other-version', null],
    ['only one result', `c1~${pair[0].code}`, 'truncated', null],
    [
      'a first result cut short',
      `c1~${pair[0].code.slice(0, 15)}~${pair[1].code}`,
      'truncated',
      'first',
    ],
    [
      'an edited second result',
      `c1~${pair[0].code}~${tamperShareCode(pair[1].code)}`,
      'tampered',
      'second',
    ],
    [
      'a first result from another version',
      `c1~${pair[0].code.replace(/^1\.\d+\./, '1.99.')}~${pair[1].code}`,
      'other-version',
      'first',
    ],
    ['a damaged name', `c1~${pair[0].code}~${pair[1].code}~Al%E0%A4`, 'bad-name', 'first'],
  ];
  for (const [what, code, kind, which] of badLinks) {
    test(`explains a comparison link with ${what}, and offers a way forward`, async ({ page }) => {
      await page.goto(`/compare#${code}`);
      await expect(page.locator('h1')).toHaveText('This comparison link cannot be opened');
      const alert = page.locator('main').getByRole('alert');
      await expect(alert).toHaveAttribute('data-problem', kind);
      if (which) await expect(alert).toContainText(`The ${which} person`);
      await expect(page.getByRole('link', { name: 'Take the quiz' }).last()).toBeVisible();
      await page.getByRole('button', { name: 'Compare two results' }).click();
      await expect(page.getByLabel('Result link')).toHaveCount(2);
    });
  }

  test('keeps the good link of a broken comparison when the form opens', async ({ page }) => {
    await page.goto(`/compare#c1~${pair[0].code}~${tamperShareCode(pair[1].code)}`);
    await page.getByRole('button', { name: 'Compare two results' }).click();
    await expect(page.getByLabel('Result link').first()).toHaveValue(pair[0].code);
  });

  test('starts a comparison from a single result link opened on the compare page', async ({
    page,
  }) => {
    await page.goto(`/compare#${pair[0].code}`);
    await expect(page.locator('h1')).toHaveText('Compare this result with someone');
    await expect(page.locator('main').getByRole('alert')).toHaveCount(0);
    await expect(page.getByLabel('Result link').first()).toHaveValue(pair[0].code);
    await page.getByLabel('Result link').nth(1).fill(pair[1].code);
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await expectComparison(page, expectedReport(pair, ['Person A', 'Person B']));
  });

  test('reopens the form with both links and names to change one of them', async ({
    page,
    baseURL,
  }) => {
    await page.goto(`/compare#${compareCode}`);
    await page.getByRole('button', { name: 'Compare other results' }).click();
    await expect(page.getByLabel('Result link').first()).toHaveValue(
      `${baseURL}/results#${pair[0].code}`,
    );
    await expect(page.getByLabel('Name (optional)').nth(1)).toHaveValue('Sam');
    await page.getByLabel('Name (optional)').nth(1).fill('Kim');
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await expect(page.locator('main')).toContainText('Alex and Kim, compared');
  });
});

test.describe('the comparison’s exports', () => {
  test('downloads Markdown made by the same summary as the command line', async ({ page }) => {
    await page.goto(`/compare#${compareCode}`);
    const date = await browserDate(page);
    const file = await downloadWith(page, 'Download Markdown');
    expect(file.name).toBe(`role-fit-comparison-${date}.md`);
    const origin = new URL(page.url()).origin;
    const summary = buildCompareSummary(
      ENGLISH,
      bank,
      loadPairing(bank),
      [
        { ...pair[0], form: 'full', name: 'Alex' },
        { ...pair[1], form: 'full', name: 'Sam' },
      ],
      { date, shareUrl: `${origin}/compare#${compareCode}` },
    );
    expect(file.bytes.toString('utf8')).toBe(renderCompareMarkdown(summary));
  });

  test('downloads a PDF that reads back with both names, fits and the link', async ({ page }) => {
    await page.goto(`/compare#${compareCode}`);
    const file = await downloadWith(page, 'Download PDF');
    expect(file.name).toMatch(/^role-fit-comparison-\d{4}-\d{2}-\d{2}\.pdf$/);
    const text = (await readPdf(file.bytes)).text.replace(/\s+/g, ' ');
    expect(text).toContain('Alex and Sam compared');
    expect(text).toContain(report.overall.headline);
    expect(text).toContain(`${report.people[0].fit.cto} / 100`);
    expect(text).toContain('/compare#c1~');
  });

  test('loads no export code, nor jsPDF, until an export is asked for', async ({ page }) => {
    const scripts = recordScripts(page);
    await page.goto(`/compare#${compareCode}`);
    await revealWholeComparison(page);
    await page.waitForLoadState('networkidle');
    expect(scriptsMatching(scripts.bodies, /jspdf/i)).toEqual([]);
    // The Markdown table rule: only the export code holds it (the copy is on the page anyway).
    expect(scriptsMatching(scripts.bodies, /---:/)).toEqual([]);
    await downloadWith(page, 'Download PDF');
    await expect.poll(() => scriptsMatching(scripts.bodies, /jspdf/i).length).toBeGreaterThan(0);
  });
});

test.describe('the comparison for everyone', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no axe violations in ${colorScheme} mode, with its chart loaded`, async ({
      page,
    }) => {
      // Three pages, each checked by axe: on a loaded two-core machine that is more than 30 s.
      test.slow();
      await page.emulateMedia({ colorScheme });
      await page.goto(`/compare#${compareCode}`);
      await revealWholeComparison(page);
      await expectNoAxeViolations(page, `comparison, ${colorScheme}`);
      await page.goto('/compare#nonsense');
      await expect(page.locator('main').getByRole('alert')).toBeVisible();
      await expectNoAxeViolations(page, `bad comparison link, ${colorScheme}`);
      await page.goto('/compare');
      await expect(page.getByLabel('Result link')).toHaveCount(2);
      await expectNoAxeViolations(page, `compare form, ${colorScheme}`);
    });
  }

  test('reaches every control by keyboard, with a visible focus', async ({ page }) => {
    await page.goto(`/compare#${compareCode}`);
    await expectComparison(page, report);
    const { reached, invisibleFocus } = await tabThroughPage(page);
    expect(invisibleFocus).toEqual([]);
    const labels = await page.evaluate(
      (ids) =>
        ids.map((id) => document.querySelector(`[data-tab-id="${id}"]`)?.textContent?.trim() ?? ''),
      reached,
    );
    for (const name of [
      'Copy link to this comparison',
      'Compare other results',
      'Open Alex’s full result',
      'Download PDF',
      'Download Markdown',
    ]) {
      expect(labels).toContain(name);
    }
  });

  test('fits a 320px screen, form and comparison alike', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`/compare#${compareCode}`);
    await revealWholeComparison(page);
    let overflow = await measureHorizontalOverflow(page);
    expect(overflow.overflowPx, overflow.culprits.join(', ')).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Compare other results' }).click();
    await expect(page.getByLabel('Result link')).toHaveCount(2);
    overflow = await measureHorizontalOverflow(page);
    expect(overflow.overflowPx, overflow.culprits.join(', ')).toBeLessThanOrEqual(0);
  });
});

test.describe('the comparison in other languages', () => {
  for (const locale of ['es', 'de'] as const) {
    test(`walks the form, a comparison and its export at /${locale}/compare without an English sentence`, async ({
      page,
      baseURL,
    }) => {
      const words = loadSiteWords(locale);
      const { form } = words.compare;
      const english = async () => englishIn(await page.locator('body').innerText(), locale);

      await page.goto(`/${locale}/compare`);
      await expect(page.locator('h1')).toHaveText(words.compare.headers.intro.title);
      expect(await english()).toEqual([]);

      // Both links refused: the form's problems, in the language.
      await page.getByRole('button', { name: form.submit, exact: true }).click();
      await expect(page.getByText(form.summaryBoth)).toBeVisible();
      expect(await english()).toEqual([]);

      await page.getByLabel(form.link).first().fill(`${baseURL}/results#${pair[0].code}`);
      await page.getByLabel(form.link).nth(1).fill(pair[1].code);
      await page.getByRole('button', { name: form.submit, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/compare#c1~`));
      await expect(page.getByRole('button', { name: words.compare.export.markdown })).toBeVisible();
      await revealWholeComparison(page);
      for (const [i, key] of (['a', 'b'] as const).entries()) {
        await expect(page.getByTestId(`fit-${key}-cto`)).toHaveText(
          String(report.people[i]!.fit.cto),
        );
      }
      expect(await english()).toEqual([]);

      const file = await downloadWith(page, words.compare.export.markdown);
      await expect(page.getByRole('status').filter({ hasText: file.name })).toBeVisible();
      expect(await english()).toEqual([]);
      expect(englishIn(file.bytes.toString('utf8'), locale)).toEqual([]);
    });
  }
});
