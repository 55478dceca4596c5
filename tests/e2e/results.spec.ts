import { readFileSync } from 'node:fs';

import { expect, test, type Page } from '@playwright/test';

import { loadBank, loadBankVersion } from '@/lib/bank/load-bank';
import { DECODER_COPY } from '@/lib/codecs/decoder-copy';
import { encodeSavedProgress } from '@/lib/codecs/saved-progress-format';
import { loadSiteWords } from '@/lib/i18n/load-site-words';
import { loadCurrentBank, loadTranslatedBank } from '@/lib/i18n/load-translated-bank';
import type { Locale } from '@/lib/i18n/locales';
import { changedEnglishTexts } from '@/tests/support/changed-english-texts';
import { englishIn } from '@/tests/support/english-sentences';
import { decodeShareCode, encodeShareCode } from '@/lib/codecs/share-code';
import { buildCompetencyRows, describeArchetypeRanking, describeRangeGuide } from '@/lib/report';
import { scoreAnswers } from '@/lib/scoring';

import { expectNoAxeViolations } from './support/axe';
import { measureHorizontalOverflow } from './support/layout';
import { completeQuizByMouse, startQuiz } from './support/quiz';
import {
  copyShareLink,
  readReportBody,
  revealWholeReport,
  scoreWithCli,
  tabThroughPage,
  tamperShareCode,
} from './support/results';
import { SCORING_COPY } from '@/lib/scoring/scoring-copy';
import { RESULT_COPY } from '@/lib/report/copy/result-copy';
import { ENGLISH_WORDS } from '@/tests/support/english-words';

const bank = loadBank();

/** A varied full answer set, encoded as a share code, without going through the quiz. */
function sampleCode(): { code: string; answers: Record<string, number | string> } {
  const answers: Record<string, number | string> = {};
  bank.questions.forEach((q, i) => {
    if (q.type === 'likert') answers[q.id] = (i % 5) + 1;
    else answers[q.id] = q.options[i % q.options.length]!.id;
  });
  return { code: encodeShareCode(bank, { form: 'full', answers }), answers };
}

test.describe('results of a finished quiz', () => {
  test('shows the same fits and verdict as the command line, and a share link that reproduces them', async ({
    page,
    browser,
  }) => {
    test.slow();
    await startQuiz(page, 'full');
    const answers = await completeQuizByMouse(page);

    const cli = scoreWithCli(answers, 'full');
    await expect(page.getByTestId('fit-cto')).toHaveText(String(cli.fit.cto));
    await expect(page.getByTestId('fit-cpo')).toHaveText(String(cli.fit.cpo));
    await expect(page.locator('h1')).toHaveText(cli.verdict.headline);

    await revealWholeReport(page);
    const body = await readReportBody(page);
    const link = await copyShareLink(page);
    expect(link).toMatch(/\/results#1\.\d+\.f\./);

    const fresh = await browser.newContext();
    try {
      const other = await fresh.newPage();
      await other.goto(link);
      await expect(other.getByTestId('fit-cto')).toHaveText(String(cli.fit.cto));
      await expect(other.getByTestId('fit-cpo')).toHaveText(String(cli.fit.cpo));
      await expect(other.locator('h1')).toHaveText(cli.verdict.headline);
      await revealWholeReport(other);
      expect(await readReportBody(other)).toEqual(body);
    } finally {
      await fresh.close();
    }
  });

  test('shows an unanswered competency as not measured, never as a score', async ({ page }) => {
    const { answers } = sampleCode();
    for (const q of bank.questions) {
      if (q.type === 'likert' && q.competency === 'pricing-packaging') delete answers[q.id];
    }
    await page.goto(`/results#${encodeShareCode(bank, { form: 'full', answers })}`);
    await revealWholeReport(page);
    const item = page.locator('li', {
      has: page.getByRole('heading', { name: 'Pricing and packaging' }),
    });
    await expect(item.first()).toContainText('Not measured');
    await expect(page.getByText(/One competency has no answers/)).toBeVisible();
  });
});

test.describe('a share link', () => {
  const { code, answers } = sampleCode();
  const profile = scoreAnswers(bank, answers, SCORING_COPY, { form: 'full' });

  test('shows the profile of its answers with every section, the h1 being the verdict', async ({
    page,
  }) => {
    await page.goto(`/results#${code}`);
    await expect(page.locator('h1')).toHaveText(profile.verdict.headline);
    await expect(page.getByTestId('fit-cto')).toHaveText(String(profile.fit.cto));
    await expect(page.getByTestId('fit-cpo')).toHaveText(String(profile.fit.cpo));
    await revealWholeReport(page);
    for (const name of [
      'Your fit for each role',
      'How firm is this?',
      'Your nearest archetype',
      'How to read these numbers',
      'Your competency profile',
      'How close you are to each archetype',
      'Strengths and growth areas',
      `Where you stand on the ${bank.tensions.length} tensions`,
      'Review the answers',
    ]) {
      await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
    }
    await expect(page.getByText(/not a percentile/)).toBeVisible();
    await expect(page.getByText(/not a\s+hiring decision/)).toBeVisible();
    // Each chart is named by its summary: the headline an image, the explorable ones a group.
    await expect(page.getByRole('img', { name: /^Bar chart of your fit/ })).toBeVisible();
    await expect(
      page.getByRole('group', { name: /^Bar chart of your score on each/ }),
    ).toBeVisible();
    await expect(page.getByRole('group', { name: /^Diverging bar chart/ })).toBeVisible();
  });

  test('shows the verdict and fits first, then the plain SVG fit chart in space kept for it', async ({
    page,
  }) => {
    const pageScripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script' && request.frame() === page.mainFrame()) {
        pageScripts.push(request.url());
      }
    });
    await page.goto(`/results#${code}`);
    await expect(page.getByTestId('fit-cto')).toHaveText(String(profile.fit.cto));
    const chart = page.getByRole('img', { name: /^Bar chart of your fit/ });
    const slot = chart.locator('[data-chart-slot]');
    const heightBefore = (await slot.boundingBox())?.height;
    // Two bars, one per role, each with its number and level.
    await expect(chart.locator('svg')).toBeVisible();
    await expect(chart.locator('svg')).toContainText(`${profile.fit.cto} · `);
    await expect(chart.locator('svg')).toContainText(`${profile.fit.cpo} · `);
    expect((await slot.boundingBox())?.height).toBe(heightBefore);
    // …without the charting library: none of the scripts the page ran to get here holds it.
    for (const url of [...pageScripts]) {
      const body = await (await page.request.get(url)).text();
      expect(body, url).not.toContain('recharts-surface');
    }
  });

  test('paints its header before any script runs, then puts the verdict in it without moving it', async ({
    browser,
  }) => {
    const phone = { viewport: { width: 375, height: 800 } };
    const before = await browser.newPage({ ...phone, javaScriptEnabled: false });
    await before.goto(`/results#${code}`);
    await expect(before.locator('h1')).toHaveText('Your results');
    await expect(before.locator('h1 + p')).toContainText('your answers are never sent anywhere');
    await expect(before.getByRole('status')).toHaveText('Scoring your answers…');
    const leadTop = (await before.locator('h1 + p').boundingBox())?.y;
    await before.close();

    const after = await browser.newPage(phone);
    await after.goto(`/results#${code}`);
    await expect(after.locator('h1')).toHaveText(profile.verdict.headline);
    await expect(after.locator('h1 + p')).toHaveText(profile.verdict.summary);
    // Within half a pixel: the text is the same size, only its words have changed.
    expect((await after.locator('h1 + p').boundingBox())?.y).toBeCloseTo(leadTop ?? -1, 0);
    await after.close();
  });

  const bad = {
    malformed: 'hello-there',
    truncated: code.split('.').slice(0, 3).join('.'),
    tampered: tamperShareCode(code),
    'other-version': code.replace(/^1\.\d+\./, '1.99.'),
  } as const;

  for (const [kind, badCode] of Object.entries(bad)) {
    test(`that is ${kind} says so with the decoder's message and offers the quiz`, async ({
      page,
    }) => {
      const decoding = decodeShareCode(bank, badCode, DECODER_COPY);
      expect(decoding.ok ? 'ok' : decoding.error.kind).toBe(kind);
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`/results#${badCode}`);
      await expect(page.locator('h1')).toHaveText('This result link cannot be opened');
      await expect(page.locator('main').getByRole('alert')).toContainText(
        decoding.ok ? '' : decoding.error.message,
      );
      await expect(page.getByRole('link', { name: 'Take the quiz' }).last()).toHaveAttribute(
        'href',
        '/quiz',
      );
      expect(errors).toEqual([]);
      await expectNoAxeViolations(page, `${kind} link`);
    });
  }

  test('“Compare with someone” starts a comparison with this result filled in', async ({
    page,
  }) => {
    await page.goto(`/results#${code}`);
    await expect(page.locator('h1')).toHaveText(profile.verdict.headline);
    await page.getByRole('link', { name: 'Compare with someone' }).click();
    await expect(page.locator('h1')).toHaveText('Compare this result with someone');
    await expect(page.getByLabel('Result link').first()).toHaveValue(code);
    await expect(page.getByLabel('Result link').nth(1)).toHaveValue('');
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 375, height: 740 } });

    test('“Compare with someone” opens the comparison form at its top', async ({ page }) => {
      await page.goto(`/results#${code}`);
      const link = page.getByRole('link', { name: 'Compare with someone' });
      await link.scrollIntoViewIfNeeded();
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
      await link.click();
      await expect(page.locator('h1')).toHaveText('Compare this result with someone');
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
      await expect(page.locator('h1')).toBeInViewport();
    });
  });

  test('with a broken percent escape is malformed, not a crash', async ({ page }) => {
    await page.goto('/results#%E0%A4%A');
    await expect(page.locator('main').getByRole('alert')).toContainText(
      'does not look like a Role Fit result',
    );
  });

  test('shows the link in a selected field when the clipboard is out of reach', async ({
    page,
  }) => {
    await page.goto(`/results#${code}`);
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    });
    await page.getByRole('button', { name: 'Copy link to this result' }).click();
    const field = page.getByRole('textbox', { name: 'Link to this result' });
    await expect(field).toHaveValue(new RegExp(`/results#${code.replace(/\./g, '\\.')}$`));
    await expect(field).toHaveAttribute('readonly', '');
    await expect
      .poll(() =>
        field.evaluate((el: HTMLInputElement) => (el.selectionEnd ?? 0) - (el.selectionStart ?? 0)),
      )
      .toBe((await field.inputValue()).length);
  });

  test('“Change these answers” asks before replacing saved progress, then opens the quiz on them', async ({
    page,
  }) => {
    await page.goto('/quiz');
    await page.evaluate(
      (progress) => localStorage.setItem('role-fit:progress', progress),
      JSON.stringify({
        format: 1,
        bank: { id: bank.id, version: bank.version },
        form: 'short',
        answers: { [bank.questions[0]!.id]: 2 },
        step: 0,
        finished: false,
      }),
    );
    await page.goto(`/results#${code}`);
    await page.getByRole('button', { name: 'Change these answers' }).click();
    const dialog = page.getByRole('dialog', { name: 'Replace the answers saved in this browser?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Keep the saved answers' }).click();
    await expect(dialog).toBeHidden();
    expect(
      JSON.parse((await page.evaluate(() => localStorage.getItem('role-fit:progress'))) ?? '{}'),
    ).toMatchObject({ form: 'short' });

    await page.getByRole('button', { name: 'Change these answers' }).click();
    await dialog.getByRole('button', { name: 'Replace them and open the quiz' }).click();
    await page.waitForURL('**/quiz');
    await expect(page.locator('h1')).toHaveText('Welcome back');
    await expect(page.getByText(`You have answered ${bank.questions.length} of`)).toBeVisible();
    await page.getByRole('button', { name: 'Continue where you left off' }).click();
    await expect(page.locator('h1')).toHaveText('Review your answers');
  });
});

test.describe('ranges and archetypes on the results page', () => {
  const { code, answers } = sampleCode();
  const profile = scoreAnswers(bank, answers, SCORING_COPY, { form: 'full' });
  const range = (r: { low: number; high: number }) => `${r.low}–${r.high}`;

  test('shows each fit’s range beside it and as a bracket on its bar in the headline chart', async ({
    page,
  }) => {
    await page.goto(`/results#${code}`);
    await expect(page.getByTestId('fit-range-cto')).toHaveText(
      `range ${range(profile.fitRange.cto)}`,
    );
    await expect(page.getByTestId('fit-range-cpo')).toHaveText(
      `range ${range(profile.fitRange.cpo)}`,
    );
    const chart = page.getByRole('img', { name: /^Bar chart of your fit/ });
    await expect(chart).toHaveAccessibleName(
      new RegExp(`CTO ${profile.fit.cto} \\([a-z ]+, range ${range(profile.fitRange.cto)}\\)`),
    );
    // One bracket per bar, each drawn twice: its halo, then its line.
    await expect(chart.locator('svg path[class$="_whisker"]')).toHaveCount(2);
    await expect(chart.locator('svg path[class$="_whiskerHalo"]')).toHaveCount(2);
  });

  test('shows every competency’s range in the chart, its data table and the ranked list', async ({
    page,
  }) => {
    await page.goto(`/results#${code}`);
    await revealWholeReport(page);
    const rows = buildCompetencyRows(ENGLISH_WORDS, bank, profile).filter((r) => r.range !== null);
    expect(rows.length).toBe(bank.competencies.length);
    const chart = page.getByRole('group', { name: /^Bar chart of your score on each/ });
    await expect(chart.locator('svg g[class$="_whisker"]')).toHaveCount(rows.length);
    for (const row of rows) await expect(chart.locator('svg')).toContainText(row.chartValue ?? '');

    await page.getByText('Show the chart as a table').click();
    const table = page.getByRole('region', { name: 'Competency scores and role ideals' });
    await expect(table.getByRole('columnheader', { name: 'Range' })).toBeVisible();
    for (const row of rows) {
      const tableRow = table.locator('tr', {
        has: page.getByRole('rowheader', { name: row.name, exact: true }),
      });
      await expect(tableRow).toContainText(row.rangeText ?? '');
    }
    const first = rows[0]!;
    const item = page.locator('li', { has: page.getByRole('heading', { name: first.name }) });
    await expect(item.first()).toContainText(`range ${first.rangeText}`);
  });

  test('lists every archetype nearest first, with its closeness as a number', async ({ page }) => {
    await page.goto(`/results#${code}`);
    await revealWholeReport(page);
    const ranking = describeArchetypeRanking(ENGLISH_WORDS, bank, profile);
    await expect(page.getByRole('heading', { name: ranking.title })).toBeVisible();
    const items = page.getByTestId('archetype-closeness');
    await expect(items).toHaveCount(bank.archetypes.length);
    const texts = await items.allInnerTexts();
    expect(texts.map((t) => t.split('\n')[0])).toEqual(
      ranking.archetypes.map((a) => `${a.rank}. ${a.name}${a.badge ? ` ${a.badge}` : ''}`),
    );
    ranking.archetypes.forEach((a, i) => {
      expect(texts[i]).toContain(a.closeness);
      expect(texts[i]).toContain(a.line);
    });
  });

  test('explains the range in the reading guide', async ({ page }) => {
    await page.goto(`/results#${code}`);
    await revealWholeReport(page);
    const guide = describeRangeGuide(RESULT_COPY, bank.scoring);
    await expect(page.getByTestId('range-guide')).toHaveText(`${guide.title}. ${guide.paragraph}`);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`shows the ranges at 320px in ${colorScheme} mode without sideways scrolling or axe violations`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.emulateMedia({ colorScheme });
      await page.goto(`/results#${code}`);
      await revealWholeReport(page);
      await expect(page.getByTestId('fit-range-cto')).toBeVisible();
      const overflow = await measureHorizontalOverflow(page);
      expect(overflow.overflowPx, overflow.culprits.join(', ')).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page, `results at 320 px, ${colorScheme}`);
    });
  }
});

test.describe('accessibility and layout of the results', () => {
  const { code } = sampleCode();

  for (const viewport of [
    { width: 412, height: 823 },
    { width: 1440, height: 900 },
  ]) {
    test(`builds the report from a share link without moving anything at ${viewport.width}px`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await page.addInitScript(() => {
        const shifts: number[] = [];
        Object.assign(window, { shifts });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) {
            shifts.push(entry.value);
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`/results#${code}`);
      // A shared result's review is "Review the answers"; by then every step has been committed.
      await expect(
        page.getByRole('heading', { name: /^Review (your|the) answers$/ }),
      ).toBeAttached();
      await expect(page.locator('[data-chart-slot] svg').first()).toBeAttached();
      const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
      expect(shifts).toEqual([]);
    });
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no axe violations in ${colorScheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(`/results#${code}`);
      await revealWholeReport(page);
      await page.getByText('Show the chart as a table').click();
      await expectNoAxeViolations(page, `results, ${colorScheme}`);
    });
  }

  test('reaches every interactive element with Tab, each with a visible focus', async ({
    page,
  }) => {
    test.slow();
    await page.goto(`/results#${code}`);
    await revealWholeReport(page);
    const { reached, invisibleFocus } = await tabThroughPage(page);
    const unreached = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('a[href], button, input, summary, [tabindex="0"]')]
        // checkVisibility() is false inside a closed <details> or dialog, where Tab cannot go.
        .filter((el) => el.checkVisibility())
        .filter((el) => !el.dataset.tabId)
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(unreached).toEqual([]);
    expect(reached.length).toBeGreaterThan(20);
    expect(invisibleFocus).toEqual([]);
  });

  test('lets a keyboard scroll the chart’s data table on a phone, where it is wider than the screen', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`/results#${code}`);
    await revealWholeReport(page);
    await page.getByText('Show the chart as a table').click();
    const box = page.getByRole('region', { name: 'Competency scores and role ideals' });
    const scrollWidth = await box.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(scrollWidth).toBeGreaterThan(0);

    await page.getByText('Show the chart as a table').focus();
    await page.keyboard.press('Tab');
    await expect(box).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'results at 320 px with the data table open');
  });

  test('fits a 320px screen without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`/results#${code}`);
    await revealWholeReport(page);
    await page.getByText('Show the chart as a table').click();
    const overflow = await measureHorizontalOverflow(page);
    expect(overflow.overflowPx, overflow.culprits.join(', ')).toBeLessThanOrEqual(0);
  });
});

test.describe('the results page in Spanish and German', () => {
  const v1Codes = JSON.parse(readFileSync('tests/fixtures/v1/codes.json', 'utf8')) as {
    shareFull: { code: string };
  };

  /** The page's visible text once the whole report (or the message that replaces it) is in. */
  async function settledText(page: Page, locale: Locale): Promise<string> {
    const words = loadSiteWords(locale).result;
    await page.waitForLoadState('networkidle');
    // The reading state says it is scoring; every later state has left it.
    await expect(page.getByText(words.page.scoring)).toHaveCount(0);
    if ((await page.getByRole('button', { name: words.page.actions.print }).count()) > 0) {
      await expect(
        page
          .getByRole('heading', { name: words.review.title.saved })
          .or(page.getByRole('heading', { name: words.review.title.other })),
      ).toBeAttached();
      await page.evaluate(async () => {
        for (let y = 0; y < document.documentElement.scrollHeight; y += 400) {
          window.scrollTo(0, y);
          await new Promise((resolve) => setTimeout(resolve, 30));
        }
      });
      await expect(page.locator('[data-chart-slot]:not(:has(svg))')).toHaveCount(0, {
        timeout: 15_000,
      });
    }
    return page.locator('body').innerText();
  }

  /** The English sentences of bank version 1 that `locale` words differently, found in `text`. */
  function v1EnglishIn(text: string, locale: Locale): string[] {
    const flat = text.replace(/\s+/g, ' ');
    return changedEnglishTexts(loadBankVersion(1), loadTranslatedBank(1, locale)).filter(
      (sentence) => flat.includes(sentence),
    );
  }

  for (const locale of ['es', 'de'] as const) {
    const words = loadSiteWords(locale);
    const translated = loadCurrentBank(locale);

    test(`says in ${locale} that there is no result yet`, async ({ page }) => {
      await page.goto(`/${locale}/results`);
      await expect(page.getByText(words.result.page.nothingYet)).toBeVisible();
      expect(englishIn(await settledText(page, locale), locale)).toEqual([]);
    });

    test(`shows a share link, an earlier version's link and a finished quiz in ${locale}`, async ({
      page,
    }) => {
      test.slow();
      const { code, answers } = sampleCode();
      await page.goto(`/${locale}/results#${code}`);
      const shared = await settledText(page, locale);
      expect(englishIn(shared, locale)).toEqual([]);
      expect(shared).toContain(translated.competencies[0]!.name);

      await page.goto(`/${locale}/results#${v1Codes.shareFull.code}`);
      await page.reload();
      const earlier = await settledText(page, locale);
      expect(englishIn(earlier, locale)).toEqual([]);
      expect(v1EnglishIn(earlier, locale)).toEqual([]);
      expect(earlier).toContain(loadTranslatedBank(1, locale)!.competencies[0]!.name);

      const stored = encodeSavedProgress(
        { id: bank.id, version: bank.version },
        { form: 'full', answers, step: 0, finished: true },
      );
      await page.evaluate((value) => localStorage.setItem('role-fit:result', value), stored);
      await page.goto(`/${locale}/results`);
      expect(englishIn(await settledText(page, locale), locale)).toEqual([]);
      await expect(page.getByTestId('fit-cto')).toBeVisible();
    });

    test(`says the export panel's status lines in ${locale}`, async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(`/${locale}/results#${sampleCode().code}`);
      const buttons = words.result.page.export.buttons;
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: buttons.md, exact: true }).click(),
      ]);
      const saved = page.getByRole('status').filter({ hasText: download.suggestedFilename() });
      await expect(saved).toBeVisible();
      expect(englishIn(await saved.innerText(), locale)).toEqual([]);
      await page.getByRole('button', { name: buttons.copy, exact: true }).click();
      await expect(
        page
          .getByRole('status')
          .filter({ hasText: words.result.page.export.copied })
          .or(page.getByRole('status').filter({ hasText: words.result.page.export.copyBlocked })),
      ).toBeVisible();
      expect(englishIn(await settledText(page, locale), locale)).toEqual([]);
    });
  }
});
