import { expect, test, type Page } from '@playwright/test';

import { readFileSync } from 'node:fs';

import { DECODER_COPY } from '@/lib/codecs/decoder-copy';
import { loadBank, loadBankVersion } from '@/lib/bank/load-bank';
import { decodeSavedProgress } from '@/lib/codecs/saved-progress';
import { encodeShareCode } from '@/lib/codecs/share-code';
import { fillTemplate } from '@/lib/copy/fill-template';
import { loadSiteWords } from '@/lib/i18n/load-site-words';
import type { Locale } from '@/lib/i18n/locales';
import { buildQuizContent } from '@/lib/quiz/quiz-content';
import { scoreAnswers } from '@/lib/scoring';

import { expectNoAxeViolations } from './support/axe';
import { downloadWith } from './support/export';
import { seedStorage } from './support/history';
import { measureHorizontalOverflow } from './support/layout';
import {
  answerStepByMouse,
  completeQuizByMouse,
  questionsOnStep,
  readFinishedTiming,
  readSavedProgress,
  startQuiz,
  variedPicks,
} from './support/quiz';
import { SCORING_COPY } from '@/lib/scoring/scoring-copy';
import { englishIn } from '@/tests/support/english-sentences';

const bank = loadBank();
const content = buildQuizContent(loadSiteWords('en'), bank);
const full = content.forms.full;
const short = content.forms.short;
const firstFullStep = full.steps[0]!;

async function expectFitsOf(
  page: Page,
  answers: Parameters<typeof scoreAnswers>[1],
  form: 'short' | 'full',
) {
  // The quiz just finished kept how long each step took, and the page scores with it.
  const timing = await readFinishedTiming(page);
  const profile = scoreAnswers(bank, answers, SCORING_COPY, {
    form,
    ...(timing ? { timing } : {}),
  });
  await expect(page.getByTestId('fit-cto')).toHaveText(String(profile.fit.cto));
  await expect(page.getByTestId('fit-cpo')).toHaveText(String(profile.fit.cpo));
  await expect(page.locator('h1')).toHaveText(profile.verdict.headline);
}

test.describe('taking the quiz', () => {
  test('completes the full form with the mouse and shows the engine’s fits', async ({ page }) => {
    // 76 answers by mouse take about 20 s on a quiet 2-core machine, so the default 30 s is tight.
    test.slow();
    await startQuiz(page, 'full');
    await expect(
      page.getByText(`Questions 1–${firstFullStep.questionIds.length} of ${full.questionCount}`),
    ).toBeVisible();
    const answers = await completeQuizByMouse(page);
    expect(Object.keys(answers)).toHaveLength(full.questionCount);
    await expectFitsOf(page, answers, 'full');
  });

  test('completes the short form with the keyboard alone', async ({ page }) => {
    await page.goto('/quiz');
    const start = page.getByRole('button', { name: 'Start the short form' });
    for (let i = 0; i < 20 && !(await start.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(start).toBeFocused();
    await page.keyboard.press('Enter');

    const answers: Record<string, number | string> = {};
    for (let step = 0; step < 20; step++) {
      const heading = page.locator('h1');
      await expect(heading).toBeFocused();
      if ((await heading.textContent()) === 'Review your answers') break;
      await page.keyboard.press('Tab');
      const fieldsets = questionsOnStep(page);
      const count = await fieldsets.count();
      for (let i = 0; i < count; i++) {
        const fieldset = fieldsets.nth(i);
        const options = await fieldset.getByRole('radio').count();
        const key = String(((step + i) % options) + 1);
        await page.keyboard.press(key);
        const checked = fieldset.locator('input:checked');
        await expect(checked).toHaveCount(1);
        const value = (await checked.getAttribute('value')) ?? '';
        answers[(await fieldset.getAttribute('id')) ?? ''] = options === 5 ? Number(value) : value;
      }
      // The last answer moves focus to the button that goes on.
      await expect(
        page.getByRole('button', { name: /^(Next|Review your answers)$/ }),
      ).toBeFocused();
      await page.keyboard.press('Enter');
    }
    await expect(page.locator('h1')).toHaveText('Review your answers');
    const finish = page.getByRole('button', { name: 'See my results' }).first();
    for (
      let i = 0;
      i < 60 && !(await finish.evaluate((el) => el === document.activeElement));
      i++
    ) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await page.waitForURL('**/results');
    expect(Object.keys(answers)).toHaveLength(short.questionCount);
    await expectFitsOf(page, answers, 'short');
  });

  test('moves on with Enter from an answered question', async ({ page }) => {
    await startQuiz(page, 'short');
    await answerStepByMouse(page, 0, variedPicks);
    await questionsOnStep(page).first().locator('input:checked').focus();
    await page.keyboard.press('Enter');
    await expect(
      page.getByText(new RegExp(`^Questions ${short.steps[0]!.questionIds.length + 1}–`)),
    ).toBeVisible();
  });

  test('keeps the newest answer through a reload and resumes where the person left off', async ({
    page,
  }) => {
    await startQuiz(page, 'full');
    await answerStepByMouse(page, 0, variedPicks);
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.locator('h1')).toHaveText(full.steps[1]!.title);
    // Answer one question and reload at once: no debounce may swallow it.
    const last = questionsOnStep(page).nth(2);
    await last.getByRole('radio', { name: 'Strongly agree' }).check();
    await page.reload();

    await expect(page.locator('h1')).toHaveText('Welcome back');
    await expect(
      page.getByText(
        `You have answered ${firstFullStep.questionIds.length + 1} of ${full.questionCount} questions.`,
      ),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Continue where you left off' }).click();
    await expect(page.locator('h1')).toHaveText(full.steps[1]!.title);
    await expect(
      questionsOnStep(page).nth(2).getByRole('radio', { name: 'Strongly agree' }),
    ).toBeChecked();
  });

  test('keeps every answer when going Back and Next', async ({ page }) => {
    await startQuiz(page, 'short');
    const first = await answerStepByMouse(page, 0, variedPicks);
    await page.getByRole('button', { name: 'Next' }).click();
    const second = await answerStepByMouse(page, 4, variedPicks);
    await page.getByRole('button', { name: 'Back' }).click();
    for (const [id, value] of Object.entries(first)) {
      await expect(page.locator(`[id="${id}"] input[value="${value}"]`)).toBeChecked();
    }
    await page.getByRole('button', { name: 'Next' }).click();
    for (const [id, value] of Object.entries(second)) {
      await expect(page.locator(`[id="${id}"] input[value="${value}"]`)).toBeChecked();
    }
    expect((await readSavedProgress(page))?.answers).toEqual({ ...first, ...second });
  });

  test('stops on an unanswered question with a summary and focus on the first gap', async ({
    page,
  }) => {
    await startQuiz(page, 'full');
    await questionsOnStep(page).nth(0).getByRole('radio', { name: 'Agree', exact: true }).check();
    await page.getByRole('button', { name: 'Next' }).click();

    const summary = page.getByRole('alert', { name: /still needs? an answer/ });
    await expect(summary).toContainText('3 questions still need an answer');
    await expect(summary.getByRole('link')).toHaveCount(3);
    const second = questionsOnStep(page).nth(1);
    await expect(second.getByRole('radio').first()).toBeFocused();
    await expect(second).toContainText('Choose how much you agree with this statement');
    await expect(
      page.getByText(`Questions 1–${firstFullStep.questionIds.length} of ${full.questionCount}`),
    ).toBeVisible();

    await summary.getByRole('link').last().click();
    await expect(questionsOnStep(page).nth(3).getByRole('radio').first()).toBeFocused();
  });

  test('names each question’s radio group by its text, with the scale in order', async ({
    page,
  }) => {
    await startQuiz(page, 'full');
    const statement = bank.questions.find((q) => q.id === firstFullStep.questionIds[0])!;
    const group = page.getByRole('group', { name: statement.text, exact: true });
    await expect(group).toBeVisible();
    const labels = await group
      .getByRole('radio')
      .evaluateAll((radios) =>
        radios.map((r) => (r as HTMLInputElement).labels?.[0]?.textContent?.replace(/^\d/, '')),
      );
    expect(labels).toEqual(bank.likertScale);
  });
});

test.describe('saved progress that cannot be restored', () => {
  // Stored before any of the page's own scripts run, as a returning visitor's browser would hold
  // it; no first load and reload to race with.
  const seed = async (page: Page, text: string) => {
    await seedStorage(page, { 'role-fit:progress': text });
    await page.goto('/quiz');
  };

  test('says corrupted progress could not be read, keeps a copy, and starts fresh', async ({
    page,
  }) => {
    await seed(page, '{"format": 1, "bank": {"id": "role-fit", "ver');
    await expect(page.getByRole('status')).toContainText(
      'We could not read your saved answers: it is not valid JSON.',
    );
    await expect(page.getByRole('button', { name: 'Download the saved copy' })).toBeVisible();
    const kept = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('role-fit:set-aside:'))
        .map((k) => localStorage.getItem(k)),
    );
    expect(kept).toEqual(['{"format": 1, "bank": {"id": "role-fit", "ver']);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the saved copy' }).click();
    expect((await download).suggestedFilename()).toBe('role-fit-saved-answers.json');
    await page.getByRole('button', { name: 'Start the short form' }).click();
    await expect(page.locator('h1')).toHaveText(short.steps[0]!.title);
  });

  test('says progress from another version of the questions cannot be scored', async ({ page }) => {
    await seed(
      page,
      JSON.stringify({
        format: 1,
        bank: { id: 'role-fit', version: 99 },
        form: 'full',
        answers: {},
        step: 0,
        finished: false,
      }),
    );
    await expect(page.getByRole('status')).toContainText('from another version of the quiz');
    await expect(page.getByRole('button', { name: 'Start the full form' })).toBeVisible();
  });

  test('keeps the good answers when one saved answer is out of range', async ({ page }) => {
    const id = firstFullStep.questionIds[0]!;
    const other = firstFullStep.questionIds[1]!;
    await seed(
      page,
      JSON.stringify({
        format: 1,
        bank: { id: bank.id, version: bank.version },
        form: 'full',
        answers: { [id]: 9, [other]: 4 },
        step: 0,
        finished: false,
      }),
    );
    await expect(page.getByRole('status')).toContainText(
      'one saved answer no longer matches the questions and was left out.',
    );
    await page.getByRole('button', { name: 'Continue where you left off' }).click();
    await expect(page.locator(`[id="${other}"] input[value="4"]`)).toBeChecked();
    await expect(page.locator(`[id="${id}"] input:checked`)).toHaveCount(0);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

  test('completes the short form with taps, with no sideways scrolling and 44px targets', async ({
    page,
  }) => {
    await page.goto('/quiz');
    await page.getByRole('button', { name: 'Start the short form' }).tap();
    const overflow = await measureHorizontalOverflow(page);
    expect(overflow.overflowPx, overflow.culprits.join(', ')).toBeLessThanOrEqual(0);
    const small = await page.locator('main label, main button').evaluateAll((elements) =>
      elements
        .map((el) => el.getBoundingClientRect())
        .filter((box) => box.height < 44 || box.width < 44)
        .map((box) => `${Math.round(box.width)}×${Math.round(box.height)}`),
    );
    expect(small).toEqual([]);
    const answers = await completeQuizByMouse(page);
    await expectFitsOf(page, answers, 'short');
  });

  test('fits a 320px screen', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/quiz');
    await page.getByRole('button', { name: 'Start the full form' }).tap();
    await page.getByRole('button', { name: 'Next' }).tap();
    const overflow = await measureHorizontalOverflow(page);
    expect(overflow.overflowPx, overflow.culprits.join(', ')).toBeLessThanOrEqual(0);
  });
});

test.describe('accessibility', () => {
  test('has no axe violations on the start screen, every step, its errors, the review and the results', async ({
    page,
  }) => {
    // axe on the start screen, every step of the short form, its errors, the review and the
    // results: about a minute alone on two cores, and twice that when the machine is busy.
    test.setTimeout(240_000);
    await page.goto('/quiz');
    await expectNoAxeViolations(page, 'start');
    await page.getByRole('button', { name: 'Start the short form' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('alert', { name: /still needs? an answer/ })).toBeVisible();
    await expectNoAxeViolations(page, 'step with errors');
    let index = 0;
    for (;;) {
      const heading = (await page.locator('h1').textContent()) ?? '';
      if (heading === 'Review your answers') break;
      await expectNoAxeViolations(page, heading);
      index += Object.keys(await answerStepByMouse(page, index, variedPicks)).length;
      await page.getByRole('button', { name: /^(Next|Review your answers)$/ }).click();
      await expect(page.locator('h1')).not.toHaveText(heading);
    }
    await expectNoAxeViolations(page, 'review');
    await page.getByRole('button', { name: 'See my results' }).first().click();
    await page.waitForURL('**/results');
    await expect(page.getByTestId('fit-cto')).toBeVisible();
    await expectNoAxeViolations(page, 'results');
    await page.reload();
    await page.goto('/quiz');
    await expect(page.locator('h1')).toHaveText('Welcome back');
    await expectNoAxeViolations(page, 'welcome back');
  });

  test('has no axe violations in dark mode', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await startQuiz(page, 'full');
    await questionsOnStep(page).first().getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Next' }).click();
    await expectNoAxeViolations(page, 'dark step with errors');
  });
});

test.describe('what the quiz shows while answering', () => {
  const measured = [...bank.competencies.map((c) => c.name), ...bank.tensions.map((t) => t.name)];

  test('names no competency or tension in any heading, from start to review', async ({ page }) => {
    test.slow();
    await startQuiz(page, 'full');
    const seen: string[] = [];
    let index = 0;
    for (;;) {
      const heading = (await page.locator('h1').textContent()) ?? '';
      seen.push(heading, await page.locator('main p').first().innerText());
      if (heading === 'Review your answers') break;
      index += Object.keys(await answerStepByMouse(page, index, variedPicks)).length;
      await page.getByRole('button', { name: /^(Next|Review your answers)$/ }).click();
      await expect(page.locator('h1')).not.toHaveText(heading);
    }
    seen.push(...(await page.locator('main h2').allInnerTexts()));
    const named = seen.filter((text) =>
      measured.some((name) => text.toLowerCase().includes(name.toLowerCase())),
    );
    expect(named).toEqual([]);
    expect(seen).toContain(firstFullStep.title);
  });

  test('reads a quiz clicked through in a rush as too fast, but not the same answers from a link', async ({
    page,
  }) => {
    await startQuiz(page, 'short');
    const answers = await completeQuizByMouse(page);
    const timing = await readFinishedTiming(page);
    expect(timing?.length).toBe(short.steps.filter((s) => s.kind === 'likert').length);
    const tooFast = /too little to read it/;
    await expect(page.locator('section[aria-labelledby="confidence-title"]')).toContainText(
      tooFast,
    );
    // The exports summarise the profile the page shows, timing and all.
    const markdown = await downloadWith(page, 'Download Markdown');
    expect(markdown.bytes.toString('utf8')).toMatch(tooFast);
    await page.goto(`/results#${encodeShareCode(bank, { form: 'short', answers })}`);
    await expect(page.getByTestId('fit-cto')).toBeVisible();
    await expect(page.locator('section[aria-labelledby="confidence-title"]')).not.toContainText(
      tooFast,
    );
  });
});

test.describe('progress saved with an earlier version of the questions', () => {
  const savedV1 = readFileSync('tests/fixtures/v1/saved-in-progress.txt', 'utf8').trim();
  const v1 = loadBankVersion(1)!;
  const decoded = decodeSavedProgress(savedV1, bank, bank.questions, DECODER_COPY);
  if (decoded.status !== 'older-version') throw new Error('the fixture is not an earlier save');
  const carried = decoded.carryOver.answers;
  const carriedInForm = full.steps.flatMap((s) => s.questionIds).filter((id) => id in carried);
  const original = decodeSavedProgress(savedV1, v1, v1.questions, DECODER_COPY);

  const seed = async (page: Page) => {
    await seedStorage(page, { 'role-fit:progress': savedV1 });
    await page.goto('/quiz');
  };
  const setAside = (page: Page) =>
    page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('role-fit:set-aside:'))
        .map((k) => localStorage.getItem(k)),
    );

  test('offers to carry the matching answers over, and resumes at the first open step', async ({
    page,
  }) => {
    expect(original.status).toBe('restored');
    await seed(page);
    await expect(page.locator('h1')).toHaveText('Welcome back');
    await expect(page.getByText(/answered with version 1 of the questions/)).toBeVisible();
    await expect(
      page.getByText(`${carriedInForm.length} of your ${decoded.carryOver.total} answers match`, {
        exact: false,
      }),
    ).toBeVisible();
    await page.getByRole('button', { name: `Carry ${carriedInForm.length} answers over` }).click();

    const firstOpen = full.steps.findIndex((s) => s.questionIds.some((id) => !(id in carried)));
    await expect(page.locator('h1')).toHaveText(full.steps[firstOpen]!.title);
    // Nothing is lost: the earlier save is kept aside, and the current quiz holds what matched.
    expect(await setAside(page)).toEqual([savedV1]);
    const progress = await readSavedProgress(page);
    expect(progress?.answers).toEqual(
      Object.fromEntries(Object.entries(carried).filter(([id]) => carriedInForm.includes(id))),
    );
    // The step it resumes at shows the answers that came along, and leaves the rest open.
    const step = full.steps[firstOpen]!;
    for (const id of step.questionIds) {
      await expect(
        page.locator(
          `[id="${id}"] input${id in carried ? `[value="${carried[id]}"]` : ''}:checked`,
        ),
      ).toHaveCount(id in carried ? 1 : 0);
    }
  });

  test('starts fresh when the person declines, keeping the earlier answers aside', async ({
    page,
  }) => {
    await seed(page);
    await page.getByRole('button', { name: 'Start fresh instead' }).click();
    await expect(page.getByRole('button', { name: 'Start the full form' })).toBeVisible();
    await expect(page.getByRole('status')).toContainText('kept aside in this browser');
    expect(await setAside(page)).toEqual([savedV1]);
    expect(await readSavedProgress(page)).toBeNull();
  });
});

test.describe('the quiz in another language', () => {
  /** The English sentences the page shows, which a page in `locale` should have in its words. */
  const englishOn = async (page: Page, locale: Locale) =>
    englishIn(await page.locator('body').innerText(), locale);

  test('walks the short form in Spanish with no English sentence, and finishes on /es/results', async ({
    page,
  }) => {
    test.slow();
    const es = loadSiteWords('es');
    await page.goto('/es/quiz');
    await expect(page.locator('h1')).toHaveText(es.quiz.start.title);
    expect(await englishOn(page, 'es')).toEqual([]);

    const start = fillTemplate(es.quiz.forms.start, { form: es.common.forms.short.name });
    await page.getByRole('button', { name: start }).click();
    await page.getByRole('button', { name: es.quiz.step.next, exact: true }).click();
    await expect(page.getByRole('main').getByRole('alert')).toBeVisible();
    expect(await englishOn(page, 'es')).toEqual([]);

    let index = 0;
    for (;;) {
      const heading = (await page.locator('h1').textContent()) ?? '';
      if (heading === es.quiz.review.title) break;
      index += Object.keys(await answerStepByMouse(page, index, variedPicks)).length;
      expect(await englishOn(page, 'es'), heading).toEqual([]);
      await page
        .getByRole('button', {
          name: new RegExp(`^(${es.quiz.step.next}|${es.quiz.step.toReview})$`),
        })
        .click();
      await expect(page.locator('h1')).not.toHaveText(heading);
    }
    expect(await englishOn(page, 'es')).toEqual([]);
    await page.getByRole('button', { name: es.quiz.review.finish }).first().click();
    await page.waitForURL(/\/es\/results\/?(\?.*)?(#.*)?$/);
  });

  test('shows the German start screen, a step and its errors with no English sentence', async ({
    page,
  }) => {
    const de = loadSiteWords('de');
    await page.goto('/de/quiz');
    await expect(page.locator('h1')).toHaveText(de.quiz.start.title);
    expect(await englishOn(page, 'de')).toEqual([]);
    const start = fillTemplate(de.quiz.forms.start, { form: de.common.forms.full.name });
    await page.getByRole('button', { name: start }).click();
    await page.getByRole('button', { name: de.quiz.step.next, exact: true }).click();
    await expect(page.getByRole('main').getByRole('alert')).toBeVisible();
    expect(await englishOn(page, 'de')).toEqual([]);
  });
});
