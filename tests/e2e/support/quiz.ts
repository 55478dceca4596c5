import { expect, type Page } from '@playwright/test';

import type { AnswerValue, Answers } from '@/lib/answers/schema';

/** Which option to pick for the n-th question of the quiz (0-based), by position in its list. */
export type Picker = (questionIndex: number, optionCount: number) => number;

/** A varied answer pattern that never straight-lines: 1-based cycling through the options. */
export const variedPicks: Picker = (i, count) => (i * 3 + 1) % count;

/** The question fieldsets on the current step. */
export function questionsOnStep(page: Page) {
  return page.locator('main form fieldset');
}

/**
 * Answers every question on the current step by clicking, and returns what was given, keyed by
 * question id, as the engine reads it (Likert values as numbers).
 */
export async function answerStepByMouse(
  page: Page,
  firstIndex: number,
  pick: Picker,
): Promise<Answers> {
  const fieldsets = questionsOnStep(page);
  const given: Record<string, AnswerValue> = {};
  const count = await fieldsets.count();
  for (let i = 0; i < count; i++) {
    const fieldset = fieldsets.nth(i);
    const radios = fieldset.getByRole('radio');
    const n = await radios.count();
    const chosen = radios.nth(pick(firstIndex + i, n));
    await chosen.check();
    const id = (await fieldset.getAttribute('id')) ?? '';
    const value = (await chosen.getAttribute('value')) ?? '';
    given[id] = n === 5 && /^[1-5]$/.test(value) ? Number(value) : value;
  }
  return given;
}

/** Goes through every step with the mouse, then finishes from the review step. */
export async function completeQuizByMouse(
  page: Page,
  pick: Picker = variedPicks,
): Promise<Answers> {
  const answers: Record<string, AnswerValue> = {};
  let index = 0;
  for (;;) {
    const heading = await page.locator('h1').textContent();
    if (heading === 'Review your answers') break;
    const given = await answerStepByMouse(page, index, pick);
    index += Object.keys(given).length;
    Object.assign(answers, given);
    await page.getByRole('button', { name: /^(Next|Review your answers)$/ }).click();
    await expect(page.locator('h1')).not.toHaveText(heading ?? '');
  }
  await page.getByRole('button', { name: 'See my results' }).first().click();
  await page.waitForURL(/\/results\/?(\?.*)?(#.*)?$/);
  return answers;
}

/** What is saved under the quiz's progress key, parsed. */
export async function readSavedProgress(
  page: Page,
): Promise<{ answers: Answers; step: number } | null> {
  const raw = await page.evaluate(() => localStorage.getItem('role-fit:progress'));
  return raw === null ? null : (JSON.parse(raw) as { answers: Answers; step: number });
}
