import { expect, test, type Page } from '@playwright/test';

import { loadBank } from '@/lib/bank/load-bank';
import { encodeSavedProgress } from '@/lib/codecs/saved-progress-format';
import { encodeShareCode } from '@/lib/codecs/share-code';
import { encodeTeamCode } from '@/lib/codecs/team-code';
import { loadPairing } from '@/lib/compare/load-pairing';
import { loadSiteWords } from '@/lib/i18n/load-site-words';
import { describeSavedFile } from '@/lib/report/copy/export-words';
import { buildTeamView } from '@/lib/team/build-team-view';
import { ENGLISH_TEAM_WORDS } from '@/tests/lib/team/team-words';

import { expectNoAxeViolations } from './support/axe';
import { browserDate, downloadWith, recordScripts, scriptsMatching } from './support/export';
import { readPdf } from '../support/read-pdf';
import { englishIn } from '../support/english-sentences';
import { historyEntry, seedStorage, storedItems, variedAnswers } from './support/history';
import { measureHorizontalOverflow, testAt320pxInBothSchemes } from './support/layout';
import { tabThroughPage, tamperShareCode } from './support/results';

const bank = loadBank();
const NAMES = ['Ana', 'Ben', 'Chi', 'Dee', 'Eli', 'Fay', 'Gus', 'Hana', 'Ivo', 'Jo', 'Kai', 'Lea'];
const people = NAMES.map((name, i) => ({ name, form: 'full' as const, answers: variedAnswers(i) }));
const codes = people.map((p) => encodeShareCode(bank, { form: p.form, answers: p.answers }));
const four = people.slice(0, 4);
const fourView = buildTeamView(ENGLISH_TEAM_WORDS, bank, loadPairing(bank), four);
const teamOf = (count: number) =>
  encodeTeamCode(codes.slice(0, count).map((code, i) => ({ code, name: NAMES[i] ?? '' })));

/** Checks the map on screen against the engine's view of the same four people. */
async function expectFourMap(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fourView.title);
  await expect(page.getByTestId('seat-cto')).toContainText(fourView.seats.cto.sentence);
  await expect(page.getByTestId('seat-cpo')).toContainText(fourView.seats.cpo.sentence);
  const grid = page.getByRole('region', { name: fourView.grid.caption });
  await expect(grid.locator('tbody tr')).toHaveCount(fourView.grid.rows.length);
  await expect(page.locator('[data-testid^="tension-"]')).toHaveCount(6);
}

test.describe('the team map', () => {
  test('builds a team of four from history, the last result and pasted links; its link shows the same map in a fresh browser', async ({
    page,
    browser,
    baseURL,
  }) => {
    const older = historyEntry(four[1]?.answers ?? {}, '2026-01-05T10:00:00.000Z');
    const newer = historyEntry(four[2]?.answers ?? {}, '2026-02-05T10:00:00.000Z');
    await seedStorage(page, {
      ...storedItems([older, newer]),
      'role-fit:result': encodeSavedProgress(
        { id: bank.id, version: bank.version },
        { form: 'full', answers: four[0]?.answers ?? {}, step: 0, finished: true },
      ),
    });
    await page.goto('/team');
    await page.getByRole('button', { name: 'Add my last result' }).click();
    // History lists the newest first: the older one is Ben, the newer Chi.
    const kept = page.getByLabel('A result kept in this browser');
    await kept.selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Add this result' }).click();
    await kept.selectOption({ index: 0 });
    await page.getByRole('button', { name: 'Add this result' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'member 3' })).toBeVisible();
    await page.getByRole('button', { name: 'Add a member' }).click();
    await page
      .getByLabel('Result link', { exact: true })
      .nth(3)
      .fill(`${baseURL}/results#${codes[3]}`);
    for (const [i, name] of NAMES.slice(0, 4).entries()) {
      await page.getByLabel('Name (optional)').nth(i).fill(name);
    }
    await page.getByRole('button', { name: 'Map the team' }).click();
    await expectFourMap(page);

    const link = page.url();
    expect(link).toContain('/team#t1.4~');
    const fresh = await browser.newPage();
    try {
      await fresh.goto(link);
      await expectFourMap(fresh);
    } finally {
      await fresh.close();
    }
  });

  test('leaves the names out of the link when asked', async ({ page }) => {
    await page.goto('/team');
    for (const [i, code] of codes.slice(0, 3).entries()) {
      await page
        .getByLabel('Name (optional)')
        .nth(i)
        .fill(NAMES[i] ?? '');
      await page.getByLabel('Result link', { exact: true }).nth(i).fill(code);
    }
    await page.getByLabel('Put the names in the team link').uncheck();
    await page.getByRole('button', { name: 'Map the team' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('a team of 3');
    expect(page.url()).not.toContain('Ana');
    await expect(page.getByTestId('seat-cto')).toContainText('Member');
  });

  test('names every bad member of a team link, maps the good ones, and keeps all of them for the form', async ({
    page,
  }) => {
    const withBad = encodeTeamCode([
      ...codes.slice(0, 4).map((code, i) => ({ code, name: NAMES[i] ?? '' })),
      { code: tamperShareCode(codes[4] ?? ''), name: 'Eli' },
    ]);
    await page.goto(`/team#${withBad}`);
    await expectFourMap(page);
    await expect(page.getByTestId('skipped')).toContainText('Member 5 (Eli)');

    const tooFew = encodeTeamCode([
      { code: codes[0] ?? '', name: 'Ana' },
      { code: 'nonsense', name: 'Ben' },
      { code: codes[2] ?? '', name: 'Chi' },
    ]);
    await page.goto('/');
    await page.goto(`/team#${tooFew}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'This team link cannot be opened',
    );
    await expect(page.locator('[data-problem]')).toContainText('Member 2 (Ben)');
    await page.getByRole('button', { name: 'Map a team' }).click();
    await expect(page.getByLabel('Result link', { exact: true }).nth(1)).toHaveValue('nonsense');
    await expect(page.getByLabel('Name (optional)').nth(2)).toHaveValue('Chi');
    await page.getByRole('button', { name: 'Map the team' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'needs fixing' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveCount(1);
    await expect(summary.getByRole('link')).toContainText('Ben');
  });

  test('is used with the keyboard alone: form, grid sorting and every control', async ({
    page,
  }) => {
    await page.goto('/team');
    const nameOf = (i: number) => page.getByLabel('Name (optional)').nth(i);
    await nameOf(0).fill('Ana');
    await nameOf(1).fill('Ben');
    await page.getByRole('button', { name: 'Move Ana down' }).focus();
    await page.keyboard.press('Enter');
    await expect(nameOf(1)).toHaveValue('Ana');
    await expect(page.getByRole('button', { name: 'Move Ana down' })).toBeFocused();
    await page.getByRole('button', { name: 'Remove Ben' }).press('Enter');
    await expect(page.getByLabel('Name (optional)')).toHaveCount(2);

    await page.goto(`/team#${teamOf(4)}`);
    await expectFourMap(page);
    const { reached, invisibleFocus } = await tabThroughPage(page);
    // Skip link, brand, nav, copy and change, both tables' regions, the grid's sorting buttons, exports.
    expect(reached.length).toBeGreaterThan(30);
    expect(invisibleFocus).toEqual([]);
    const header = page.getByRole('columnheader', { name: 'Ana', exact: true });
    await header.getByRole('button').press('Enter');
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    const row = page.getByRole('rowheader', { name: fourView.grid.rows[0]?.name ?? '' });
    await row.getByRole('button').press('Enter');
    await expect(row).toHaveAttribute('aria-sort', 'descending');
  });

  testAt320pxInBothSchemes(
    'has no axe violations and no sideways scrolling at 320px',
    async ({ page }) => {
      await page.goto('/team');
      await expect(page.getByRole('button', { name: 'Map the team' })).toBeVisible();
      await expectNoAxeViolations(page, 'the form');
      expect((await measureHorizontalOverflow(page)).overflowPx).toBe(0);

      await page.goto(`/team#${teamOf(12)}`);
      await expect(page.getByRole('button', { name: 'Download PDF' })).toBeVisible();
      await expectNoAxeViolations(page, 'a team of 12');
      const overflow = await measureHorizontalOverflow(page);
      expect(overflow.overflowPx, overflow.culprits.join(', ')).toBe(0);
    },
  );

  test('downloads the team map as a PDF with its text, and as Markdown, loading jsPDF only then', async ({
    page,
  }) => {
    const scripts = recordScripts(page);
    await page.goto(`/team#${teamOf(4)}`);
    await expect(page.getByRole('button', { name: 'Download PDF' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(scriptsMatching(scripts.bodies, /jspdf/i)).toEqual([]);
    const pdf = await downloadWith(page, 'Download PDF');
    expect(pdf.name).toBe(`role-fit-team-${await browserDate(page)}.pdf`);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = (await readPdf(pdf.bytes)).text.replace(/\s+/g, ' ');
    expect(text).toContain(fourView.seats.cto.sentence);
    expect(text).toContain('not for labelling');
    const markdown = await downloadWith(page, 'Download Markdown');
    expect(markdown.bytes.toString('utf8')).toContain(fourView.framing);
  });

  for (const locale of ['es', 'de'] as const) {
    test(`speaks ${locale} throughout: the empty form, a map of three and its export`, async ({
      page,
    }) => {
      const { team, common } = loadSiteWords(locale);
      const noEnglish = async () =>
        expect(englishIn(await page.locator('body').innerText(), locale)).toEqual([]);
      await page.goto(`/${locale}/team`);
      await expect(page.getByRole('button', { name: team.form.submit })).toBeVisible();
      await noEnglish();

      await page.goto(`/${locale}/team#${teamOf(3)}`);
      const markdown = page.getByRole('button', { name: team.export.markdown });
      await expect(markdown).toBeVisible();
      await expect(page.getByTestId('seat-cto')).toBeVisible();
      await noEnglish();

      const saved = await downloadWith(page, team.export.markdown);
      expect(englishIn(saved.bytes.toString('utf8'), locale)).toEqual([]);
      await expect(
        page.getByRole('status').filter({ hasText: describeSavedFile(common.exports, saved.name) }),
      ).toBeVisible();
      await noEnglish();
    });
  }
});
