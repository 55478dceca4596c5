import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { expect, type Page } from '@playwright/test';

import type { AnswerValue, Answers, Form } from '@/lib/answers/schema';
import type { StepTiming } from '@/lib/scoring/profile';

/**
 * Which option to pick for the n-th question of the quiz (0-based), by position in its list; also
 * given the question's id and its options' values, for answers that follow a person.
 */
export type Picker = (
  questionIndex: number,
  optionCount: number,
  questionId: string,
  values: readonly string[],
) => number;

/** The answers of one of the realistic people in `tests/fixtures/people/`. */
export function personAnswers(name: string): Answers {
  const file = resolve('tests/fixtures/people', `${name}.json`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { answers: Answers }).answers;
}

/**
 * Answers as a real person of the fixtures did (a careful, consistent answerer, unlike a cyclic
 * pattern, which the engine rightly reads as careless); a question they did not answer gets the
 * middle option.
 */
export function personPicks(name: string): Picker {
  const answers = personAnswers(name);
  return (_, count, id, values) => {
    const index = values.indexOf(String(answers[id] ?? ''));
    return index >= 0 ? index : Math.floor(count / 2);
  };
}

/** The default answerer of the browser tests: an enterprise CTO of the people fixtures. */
export const variedPicks: Picker = personPicks('enterprise-cto');

/** Opens the quiz afresh and starts the short or the full form with a click. */
export async function startQuiz(page: Page, form: Form): Promise<void> {
  await page.goto('/quiz');
  await page.getByRole('button', { name: `Start the ${form} form` }).click();
}

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
    const id = (await fieldset.getAttribute('id')) ?? '';
    const values = await radios.evaluateAll((inputs) =>
      inputs.map((input) => (input as HTMLInputElement).value),
    );
    const chosen = radios.nth(pick(firstIndex + i, n, id, values));
    await chosen.check();
    const value = (await chosen.getAttribute('value')) ?? '';
    given[id] = n === 5 && /^[1-5]$/.test(value) ? Number(value) : value;
  }
  return given;
}

/**
 * From the home page, follows "Start the quiz" and takes the short form with the mouse to its
 * results, as a first-time visitor would; returns the answers given.
 */
export async function takeShortFormFromHome(page: Page): Promise<Answers> {
  await page
    .getByRole('link', { name: /start the quiz/i })
    .first()
    .click();
  await page.getByRole('button', { name: 'Start the short form' }).click();
  return completeQuizByMouse(page);
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

/** The step times the quiz kept with the result just finished, as the results page scores it. */
export async function readFinishedTiming(page: Page): Promise<StepTiming[] | undefined> {
  const raw = await page.evaluate(() => localStorage.getItem('role-fit:result'));
  const timing = raw === null ? undefined : (JSON.parse(raw) as { timing?: StepTiming[] }).timing;
  return timing && timing.length > 0 ? timing : undefined;
}
