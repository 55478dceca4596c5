import { RESULT_COPY } from '@/lib/report/copy/result-copy';
import { DECODER_COPY } from '@/lib/codecs/decoder-copy';
import { expect, test, type Page } from '@playwright/test';

import { loadBank } from '@/lib/bank/load-bank';
import { encodeSavedProgress } from '@/lib/codecs/saved-progress-format';
import { encodeShareCode } from '@/lib/codecs/share-code';
import {
  buildSummary,
  decodeExportFile,
  renderCsv,
  renderJson,
  renderMarkdown,
} from '@/lib/export';
import { scoreAnswers } from '@/lib/scoring';

import { findAxeViolations, formatViolations } from './support/axe';
import {
  browserDate,
  downloadWith,
  importFile,
  observeClipboardWrite,
  readStoredKeys,
  recordScripts,
  scriptsMatching,
} from './support/export';
import { loadSiteWords } from '@/lib/i18n/load-site-words';
import { loadCurrentBank } from '@/lib/i18n/load-translated-bank';
import { describeSavedFile, resultFileName } from '@/lib/report/copy/result-page-words';
import { englishIn } from '@/tests/support/english-sentences';

import { readPdf } from '../support/read-pdf';
import { revealWholeReport } from './support/results';
import { SCORING_COPY } from '@/lib/scoring/scoring-copy';
import { ENGLISH_WORDS } from '@/tests/support/english-words';

const bank = loadBank();

/** A varied full answer set, different from a plain cycle, and its share code. */
function sample(shift = 0): { code: string; answers: Record<string, number | string> } {
  const answers: Record<string, number | string> = {};
  bank.questions.forEach((q, i) => {
    if (q.type === 'likert') answers[q.id] = ((i * 2 + shift) % 5) + 1;
    else answers[q.id] = q.options[(i + shift) % q.options.length]!.id;
  });
  return { code: encodeShareCode(bank, { form: 'full', answers }), answers };
}

const shared = sample();
const sharedProfile = scoreAnswers(bank, shared.answers, SCORING_COPY, { form: 'full' });

/** What the page should export for the shared sample on a given day, made by the library itself. */
function expectedSummary(page: Page, date: string) {
  const origin = new URL(page.url()).origin;
  return buildSummary(ENGLISH_WORDS, bank, shared.answers, 'full', {
    date,
    shareUrl: `${origin}/results#${shared.code}`,
  });
}

/** Saves a finished quiz in this browser, as the quiz does, and returns what was stored. */
async function saveFinishedResult(page: Page, answers: Record<string, number | string>) {
  const stored = encodeSavedProgress(
    { id: bank.id, version: bank.version },
    { form: 'full', answers, step: 0, finished: true },
  );
  await page.goto('/');
  await page.evaluate((value) => localStorage.setItem('role-fit:result', value), stored);
  return stored;
}

async function expectFits(page: Page, fit: { cto: number; cpo: number }) {
  await expect(page.getByTestId('fit-cto')).toHaveText(String(fit.cto));
  await expect(page.getByTestId('fit-cpo')).toHaveText(String(fit.cpo));
}

/** Downloads a file of the shared result with a button; it is named by the browser's date. */
async function downloadShared(page: Page, button: string, extension: string) {
  await page.goto(`/results#${shared.code}`);
  const file = await downloadWith(page, button);
  const date = await browserDate(page);
  expect(file.name).toBe(`role-fit-${date}.${extension}`);
  return { file, date, text: file.bytes.toString('utf8') };
}

test.describe('exporting a result', () => {
  test('downloads Markdown with the verdict and both fits, named by today’s date', async ({
    page,
  }) => {
    const { file, date, text } = await downloadShared(page, 'Download Markdown', 'md');
    expect(text).toContain(`## ${sharedProfile.verdict.headline}`);
    const { cto, cpo } = sharedProfile.fitRange;
    expect(text).toContain(`| CTO | ${sharedProfile.fit.cto} / 100 | ${cto.low}–${cto.high} |`);
    expect(text).toContain(`| CPO | ${sharedProfile.fit.cpo} / 100 | ${cpo.low}–${cpo.high} |`);
    expect(text).toContain('## How close you are to each archetype');
    expect(text).toContain(
      `Open this result: ${new URL(page.url()).origin}/results#${shared.code}`,
    );
    expect(text).toBe(renderMarkdown(expectedSummary(page, date)));
    await expect(page.getByRole('status').filter({ hasText: `Saved ${file.name}` })).toBeVisible();
  });

  test('copies the same Markdown to the clipboard', async ({ page }) => {
    await page.goto(`/results#${shared.code}`);
    const copied = await observeClipboardWrite(page, () =>
      page.getByRole('button', { name: 'Copy as Markdown' }).click(),
    );
    expect(copied).toBe(renderMarkdown(expectedSummary(page, await browserDate(page))));
    await expect(
      page.getByRole('status').filter({ hasText: 'Copied the result as Markdown.' }),
    ).toBeVisible();
  });

  test('downloads CSV with a header, two fit rows, a row per competency and per archetype', async ({
    page,
  }) => {
    const { date, text } = await downloadShared(page, 'Download CSV', 'csv');
    const rows = text.trimEnd().split('\r\n');
    expect(rows[0]).toBe(RESULT_COPY.csv.header.join(','));
    const { cto, cpo } = sharedProfile.fitRange;
    expect(rows.filter((row) => row.startsWith('fit,'))).toEqual([
      expect.stringMatching(
        new RegExp(`^fit,cto,CTO fit,${sharedProfile.fit.cto},.*,${cto.low},${cto.high}$`),
      ),
      expect.stringMatching(
        new RegExp(`^fit,cpo,CPO fit,${sharedProfile.fit.cpo},.*,${cpo.low},${cpo.high}$`),
      ),
    ]);
    expect(rows.filter((row) => row.startsWith('competency,'))).toHaveLength(
      bank.competencies.length,
    );
    expect(
      rows.filter((row) => row.startsWith('archetype,')).map((row) => row.split(',')[1]),
    ).toEqual(sharedProfile.archetypeRanking.map((a) => a.id));
    expect(rows).toHaveLength(1 + 2 + bank.competencies.length + bank.archetypes.length);
    expect(text).toBe(renderCsv(expectedSummary(page, date)));
  });

  test('downloads JSON that parses, is format version 1 and holds the same answers', async ({
    page,
  }) => {
    const { date, text } = await downloadShared(page, 'Download JSON', 'json');
    const parsed = JSON.parse(text) as { formatVersion: number; answers: unknown; form: string };
    expect(parsed.formatVersion).toBe(1);
    expect(parsed.form).toBe('full');
    expect(parsed.answers).toEqual(shared.answers);
    expect(text).toBe(renderJson(expectedSummary(page, date), shared.answers));
  });

  test('downloads a 1200×630 PNG share image of the headline', async ({ page }) => {
    const { file } = await downloadShared(page, 'Download share image', 'png');
    // A PNG starts with its 8-byte signature; the IHDR chunk then gives width and height.
    expect(file.bytes.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
    expect(file.bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect([file.bytes.readUInt32BE(16), file.bytes.readUInt32BE(20)]).toEqual([1200, 630]);
    // A blank canvas compresses to almost nothing; the drawn card does not.
    expect(file.bytes.length).toBeGreaterThan(15_000);
  });

  for (const [label, size, points] of [
    ['A4', 'a4', { width: 595.28, height: 841.89 }],
    ['Letter', 'letter', { width: 612, height: 792 }],
  ] as const) {
    test(`downloads a ${label} PDF whose text holds the verdict and both fits`, async ({
      page,
    }) => {
      await page.goto(`/results#${shared.code}`);
      await page.getByLabel('PDF page size').selectOption(size);
      const file = await downloadWith(page, 'Download PDF');
      expect(file.name).toBe(`role-fit-${await browserDate(page)}.pdf`);
      expect(file.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const pdf = await readPdf(file.bytes);
      for (const pageSize of pdf.pageSizes) {
        expect(pageSize.width, size).toBeCloseTo(points.width, 1);
        expect(pageSize.height, size).toBeCloseTo(points.height, 1);
      }
      const text = pdf.text.replace(/\s+/g, ' ');
      expect(text).toContain(sharedProfile.verdict.headline);
      expect(text).toContain(String(sharedProfile.fit.cto));
      expect(text).toContain(String(sharedProfile.fit.cpo));
      const { cto, cpo } = sharedProfile.fitRange;
      expect(text).toContain(`range ${cto.low}–${cto.high}`);
      expect(text).toContain(`range ${cpo.low}–${cpo.high}`);
      expect(text).toContain('How close you are to each archetype');
    });
  }

  for (const locale of ['es', 'de'] as const) {
    test(`downloads a PDF in ${locale} from the ${locale} results page, with the same figures`, async ({
      page,
    }) => {
      const words = loadSiteWords(locale);
      const translated = loadCurrentBank(locale);
      const profile = scoreAnswers(translated, shared.answers, words.scoring, { form: 'full' });
      await page.goto(`/${locale}/results#${shared.code}`);
      const file = await downloadWith(page, words.result.page.export.buttons.pdf);
      expect(file.name).toBe(resultFileName(words.result.page, await browserDate(page), 'pdf'));
      const pdf = await readPdf(file.bytes);
      const text = pdf.text.replace(/\s+/g, ' ');
      expect(englishIn(text, locale)).toEqual([]);
      expect(text).toContain(profile.verdict.headline);
      expect(text).toContain(words.result.archetypes.title);
      expect(text).toContain(String(sharedProfile.fit.cto));
      expect(text).toContain(`/${locale}/results#${shared.code}`);
      await expect(
        page
          .getByRole('status')
          .filter({ hasText: describeSavedFile(words.common.exports, file.name) }),
      ).toBeVisible();
    });
  }

  test('loads no export code, nor jsPDF, until an export is asked for', async ({ page }) => {
    const scripts = recordScripts(page);
    await page.goto(`/results#${shared.code}`);
    await revealWholeReport(page);
    await page.waitForLoadState('networkidle');
    expect(scripts.bodies.size).toBeGreaterThan(0);
    expect(scriptsMatching(scripts.bodies, /jspdf/i)).toEqual([]);
    // The export file's format name appears in the JSON renderer and the decoder only.
    expect(scriptsMatching(scripts.bodies, /role-fit-export/)).toEqual([]);

    await downloadWith(page, 'Download PDF');
    await expect.poll(() => scriptsMatching(scripts.bodies, /jspdf/i).length).toBeGreaterThan(0);
  });
});

test.describe('opening an exported result', () => {
  test('shows an exported JSON file with the identical fits, and replaces nothing saved', async ({
    page,
  }) => {
    const own = sample(3);
    const ownProfile = scoreAnswers(bank, own.answers, SCORING_COPY, { form: 'full' });
    expect(ownProfile.fit).not.toEqual(sharedProfile.fit);

    await page.goto(`/results#${shared.code}`);
    const exported = await downloadWith(page, 'Download JSON');

    await saveFinishedResult(page, own.answers);
    await page.goto('/results');
    await expectFits(page, ownProfile.fit);
    const before = await readStoredKeys(page);

    await importFile(page, exported.name, exported.bytes);
    await expect(
      page.getByRole('status').filter({ hasText: 'Showing an imported result' }),
    ).toBeVisible();
    await expectFits(page, sharedProfile.fit);
    await expect(page.locator('h1')).toHaveText(sharedProfile.verdict.headline);
    await expect(page.getByText(/^An imported result · full form/)).toBeVisible();
    expect(await readStoredKeys(page)).toEqual(before);

    await page.getByRole('button', { name: 'Close it' }).click();
    await expectFits(page, ownProfile.fit);
    expect(await readStoredKeys(page)).toEqual(before);
  });

  test('is offered when no quiz was finished in this browser', async ({ page }) => {
    await page.goto(`/results#${shared.code}`);
    const exported = await downloadWith(page, 'Download JSON');
    await page.goto('/results');
    await expect(page.locator('h1')).toHaveText('Your results');
    await importFile(page, exported.name, exported.bytes);
    await expect(page.getByText('Showing an imported result')).toBeVisible();
    await expectFits(page, sharedProfile.fit);
    expect(await readStoredKeys(page)).toEqual({});
  });

  const validText = renderJson(
    buildSummary(ENGLISH_WORDS, bank, shared.answers, 'full', { date: '2026-11-28' }),
    shared.answers,
  );
  const likert = bank.questions.find((q) => q.type === 'likert')!;
  const outOfRange = validText.replace(
    `"${likert.id}": ${String(shared.answers[likert.id])}`,
    `"${likert.id}": 9`,
  );
  const bad: Record<string, { contents: string | Buffer; problems: readonly string[] }> = {
    'not JSON': {
      contents: 'this is not { json',
      problems: problemsOf('this is not { json'),
    },
    'an answer out of range': { contents: outOfRange, problems: problemsOf(outOfRange) },
    'over 1 MB': {
      contents: Buffer.alloc(1_100_000, 'x'),
      problems: ['the file is 1.1 MB; an export is at most 1 MB, so it was not read'],
    },
  };

  for (const [kind, { contents, problems }] of Object.entries(bad)) {
    test(`that is ${kind} lists every problem and leaves the saved result alone`, async ({
      page,
    }) => {
      expect(problems.length).toBeGreaterThan(0);
      const own = sample(3);
      const ownProfile = scoreAnswers(bank, own.answers, SCORING_COPY, { form: 'full' });
      await saveFinishedResult(page, own.answers);
      await page.goto('/results');
      await expectFits(page, ownProfile.fit);
      const before = await readStoredKeys(page);

      await importFile(page, 'result.json', contents);
      const alert = page
        .getByRole('alert')
        .filter({ hasText: '“result.json” could not be opened' });
      await expect(alert).toBeVisible();
      await expect(alert.getByRole('listitem')).toHaveText([...problems]);
      await expectFits(page, ownProfile.fit);
      await expect(page.getByText('Showing an imported result')).toHaveCount(0);
      expect(await readStoredKeys(page)).toEqual(before);
      const violations = await findAxeViolations(page);
      expect(violations, formatViolations(violations)).toHaveLength(0);
    });
  }
});

test.describe('sharing and printing', () => {
  test('offers “Share…” only where the browser can share, with the result’s link', async ({
    page,
  }) => {
    await page.goto(`/results#${shared.code}`);
    await expect(page.getByRole('button', { name: 'Copy link to this result' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Share…' })).toHaveCount(0);

    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', {
        configurable: true,
        value: (data: ShareData) => {
          document.documentElement.dataset.shared = data.url ?? '';
          return Promise.resolve();
        },
      });
    });
    await page.reload();
    await page.getByRole('button', { name: 'Share…' }).click();
    await expect(page.locator('html')).toHaveAttribute(
      'data-shared',
      `${new URL(page.url()).origin}/results#${shared.code}`,
    );
  });

  test('prints without the site header, footer, buttons or export area', async ({ page }) => {
    await page.goto(`/results#${shared.code}`);
    await expect(page.getByRole('heading', { name: 'Export', exact: true })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('body > header')).toBeHidden();
    await expect(page.locator('body > footer')).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Export', exact: true })).toBeHidden();
    await expect(page.getByLabel('Open an exported result')).toBeHidden();
    await expect(page.locator('h1')).toHaveText(sharedProfile.verdict.headline);
    await expect(page.getByTestId('fit-cto')).toBeVisible();
    await revealWholeReport(page);
    const visibleButtons = await page
      .locator('main button, main input, main summary')
      .evaluateAll((elements) => elements.filter((el) => el.getClientRects().length > 0).length);
    expect(visibleButtons).toBe(0);
  });

  test('has no axe violations with the export area showing', async ({ page }) => {
    await page.goto(`/results#${shared.code}`);
    await revealWholeReport(page);
    await page.getByRole('heading', { name: 'Export', exact: true }).scrollIntoViewIfNeeded();
    await expect(page.getByRole('button', { name: 'Download PDF' })).toBeVisible();
    const violations = await findAxeViolations(page);
    expect(violations, formatViolations(violations)).toHaveLength(0);
  });
});

function problemsOf(text: string): readonly string[] {
  const result = decodeExportFile(bank, text, SCORING_COPY, DECODER_COPY);
  return result.ok ? [] : result.problems;
}
