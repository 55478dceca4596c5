import { expect, test, type Page } from '@playwright/test';

import type { Answers, Form } from '@/lib/answers/schema';
import { loadBank } from '@/lib/bank/load-bank';
import { encodeSavedProgress } from '@/lib/codecs/saved-progress-format';
import { scoreAnswers } from '@/lib/scoring';

import { expectNoAxeViolations } from './support/axe';
import { browserDate, downloadWith, readStoredKeys } from './support/export';
import {
  HISTORY_PREFIX,
  historyEntry,
  readHistoryKeys,
  seedStorage,
  storedItems,
  variedAnswers,
} from './support/history';
import { measureHorizontalOverflow, testAt320pxInBothSchemes } from './support/layout';
import { completeQuizByMouse, personPicks, startQuiz, variedPicks } from './support/quiz';
import { tabThroughPage } from './support/results';
import { SCORING_COPY } from '@/lib/scoring/scoring-copy';
import { encodeHistoryFile } from '@/lib/history/history-file';
import { loadSiteWords } from '@/lib/i18n/load-site-words';
import { englishIn } from '@/tests/support/english-sentences';

const bank = loadBank();
const fits = (answers: Answers, form: Form) =>
  scoreAnswers(bank, answers, SCORING_COPY, { form }).fit;

const entries = [
  historyEntry(variedAnswers(0), '2026-06-02T08:15:00.000Z'),
  historyEntry(variedAnswers(1), '2026-08-19T17:40:00.000Z', 'short'),
  historyEntry(variedAnswers(3), '2026-11-28T09:30:00.000Z'),
];
/** Newest first, as the page lists them. */
const listed = [...entries].reverse();

const list = (page: Page) => page.getByTestId('history-entry');

/** What each listed entry shows: its finish time and both fits. */
async function readList(page: Page): Promise<string[]> {
  await expect(list(page).first()).toBeVisible();
  return list(page).evaluateAll((items) =>
    items.map((item) => {
      const time = item.querySelector('time')?.getAttribute('datetime') ?? '';
      const cto = item.querySelector('[data-testid=entry-fit-cto]')?.textContent ?? '-';
      const cpo = item.querySelector('[data-testid=entry-fit-cpo]')?.textContent ?? '-';
      return `${time} ${cto} ${cpo}`;
    }),
  );
}

const expectedList = (shown: readonly ReturnType<typeof historyEntry>[]) =>
  shown.map((e) => {
    const fit = fits(e.answers, e.form);
    return `${e.finishedAt} ${fit.cto} ${fit.cpo}`;
  });

async function importHistory(page: Page, name: string, contents: string | Buffer) {
  await page.getByLabel('Import history').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: typeof contents === 'string' ? Buffer.from(contents) : contents,
  });
}

test.describe('history of finished quizzes', () => {
  test('keeps each finished quiz across reloads, once, newest first, and opens it on the results page', async ({
    page,
  }) => {
    test.slow();
    await startQuiz(page, 'short');
    const first = await completeQuizByMouse(page, personPicks('b2b-saas-cpo'));

    await page.goto('/quiz');
    await page.getByRole('button', { name: 'Start over' }).click();
    await page.getByRole('button', { name: 'Clear answers and start over' }).click();
    await page.getByRole('button', { name: 'Start the short form' }).click();
    const second = await completeQuizByMouse(page, variedPicks);

    // Finishing again without a change does not add the same result twice.
    await page.goto('/quiz');
    await page.getByRole('button', { name: 'Change answers' }).click();
    await page.getByRole('button', { name: 'See my results' }).first().click();
    await page.waitForURL(/\/results/);

    await page.goto('/history');
    const expected = [fits(second, 'short'), fits(first, 'short')].map((f) => `${f.cto} ${f.cpo}`);
    const shown = async () =>
      (await readList(page)).map((line) => line.split(' ').slice(1).join(' '));
    expect(await shown()).toEqual(expected);
    await page.reload();
    expect(await shown()).toEqual(expected);
    expect(await readHistoryKeys(page)).toHaveLength(2);
    await expect(list(page).first()).toContainText('Short form');

    await list(page).first().getByRole('link', { name: /^Open/ }).click();
    await page.waitForURL(/\/results#/);
    await expect(page.getByTestId('fit-cto')).toHaveText(String(fits(second, 'short').cto));
    await expect(page.getByTestId('fit-cpo')).toHaveText(String(fits(second, 'short').cpo));
  });

  test('carries over a result finished before history was kept, once', async ({ page }) => {
    const answers = variedAnswers(2);
    await seedStorage(page, {
      'role-fit:result': encodeSavedProgress(bank, {
        form: 'full',
        answers,
        step: 99,
        finished: true,
      }),
    });
    await page.goto('/history');
    await expect(list(page)).toHaveCount(1);
    await expect(list(page)).toContainText('On or before');
    await expect(list(page).getByTestId('entry-fit-cto')).toHaveText(
      String(fits(answers, 'full').cto),
    );

    await page.getByRole('button', { name: 'Delete all' }).click();
    await page.getByRole('button', { name: 'Delete all results' }).click();
    await page.reload();
    await expect(page.getByRole('heading', { name: 'No results yet' })).toBeVisible();
  });
});

test.describe('the history page', () => {
  test('lists seeded results with the engine’s fits, and draws a chart of them', async ({
    page,
  }) => {
    await seedStorage(page, storedItems(entries));
    await page.goto('/history');
    expect(await readList(page)).toEqual(expectedList(listed));
    const chart = page.getByRole('group', {
      name: /^Line chart of your CTO and CPO fit over 3 results/,
    });
    await expect(chart).toBeVisible();
    await expect(chart.getByRole('application')).toBeVisible();
    await page.getByText("Show the chart's data as a table").click();
    await expect(page.locator('table tbody tr')).toHaveCount(3);
  });

  test('compares a result with the one before it on the compare page', async ({ page }) => {
    await seedStorage(page, storedItems(entries));
    await page.goto('/history');
    const [newest, middle] = [listed[0]!, listed[1]!];
    await expect(
      list(page)
        .last()
        .getByRole('link', { name: /^Compare with/ }),
      'the oldest result has nothing before it',
    ).toHaveCount(0);
    await list(page)
      .first()
      .getByRole('link', { name: /^Compare with/ })
      .click();

    await expect(page).toHaveURL(/\/compare#c1~/);
    const names = await page.evaluate(() => {
      const [earlier, later] = window.location.hash.split('~').slice(3);
      return [decodeURIComponent(earlier ?? ''), decodeURIComponent(later ?? '')];
    });
    expect(names.every((name) => name.length > 0) && names[0] !== names[1]).toBe(true);
    await expect(page.getByText(`${names[0]} and ${names[1]}, compared`)).toBeVisible();
    for (const [key, entry] of [
      ['a', middle],
      ['b', newest],
    ] as const) {
      const fit = fits(entry.answers, entry.form);
      await expect(page.getByTestId(`fit-${key}-cto`)).toHaveText(String(fit.cto));
      await expect(page.getByTestId(`fit-${key}-cpo`)).toHaveText(String(fit.cpo));
    }
  });

  test('shows no chart for a single result', async ({ page }) => {
    await seedStorage(page, storedItems(entries.slice(0, 1)));
    await page.goto('/history');
    await expect(list(page)).toHaveCount(1);
    await expect(page.getByText(/a chart of your fit over time appears here/)).toBeVisible();
    await expect(page.getByRole('group', { name: /^Line chart/ })).toHaveCount(0);
  });

  test('deletes one result from storage, and can undo it', async ({ page }) => {
    await seedStorage(page, storedItems(entries));
    await page.goto('/history');
    await list(page)
      .nth(1)
      .getByRole('button', { name: /^Delete/ })
      .click();
    await expect(page.getByText(/^Deleted the result of/)).toBeVisible();
    expect(await readList(page)).toEqual(expectedList([listed[0]!, listed[2]!]));
    expect(await readHistoryKeys(page)).toEqual(
      [listed[0]!, listed[2]!].map((e) => `${HISTORY_PREFIX}${e.id}`).sort(),
    );

    await page.getByRole('button', { name: 'Undo' }).click();
    expect(await readList(page)).toEqual(expectedList(listed));

    await list(page)
      .nth(1)
      .getByRole('button', { name: /^Delete/ })
      .click();
    await page.reload();
    expect(await readList(page)).toEqual(expectedList([listed[0]!, listed[2]!]));
  });

  test('deletes everything only after asking', async ({ page }) => {
    await seedStorage(page, storedItems(entries));
    await page.goto('/history');
    await page.getByRole('button', { name: 'Delete all' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete your whole history?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Keep them' }).click();
    await expect(list(page)).toHaveCount(3);

    await page.getByRole('button', { name: 'Delete all' }).click();
    await dialog.getByRole('button', { name: 'Delete all results' }).click();
    await expect(page.getByText('Deleted all 3 results from this browser.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'No results yet' })).toBeVisible();
    expect(await readHistoryKeys(page)).toEqual([]);
    await page.reload();
    await expect(page.getByRole('link', { name: 'Take the quiz' }).last()).toBeVisible();
  });

  test('exports the history and imports it into another browser as the same list, once', async ({
    page,
    browser,
  }) => {
    const old = historyEntry(variedAnswers(4), '2025-12-01T10:00:00.000Z', 'full', 0);
    await seedStorage(page, storedItems([...entries, old]));
    await page.goto('/history');
    await expect(list(page)).toHaveCount(4);
    await expect(list(page).last()).toContainText('From another version of the quiz');
    const before = await readList(page);
    const file = await downloadWith(page, 'Export history');
    expect(file.name).toBe(`role-fit-history-${await browserDate(page)}.json`);

    const fresh = await browser.newContext();
    try {
      const other = await fresh.newPage();
      await other.goto('/history');
      await expect(other.getByRole('heading', { name: 'No results yet' })).toBeVisible();
      await importHistory(other, file.name, file.bytes);
      await expect(other.getByTestId('import-outcome')).toHaveText(
        `Added 4 results from “${file.name}”.`,
      );
      expect(await readList(other)).toEqual(before);
      await other.reload();
      expect(await readList(other)).toEqual(before);

      await importHistory(other, file.name, file.bytes);
      await expect(other.getByTestId('import-outcome')).toHaveText(
        `Nothing new in “${file.name}”: every result in it is already here.`,
      );
      expect(await readHistoryKeys(other)).toHaveLength(4);
    } finally {
      await fresh.close();
    }
  });

  test('refuses a bad import file with a message, and changes nothing', async ({ page }) => {
    await seedStorage(page, storedItems(entries));
    await page.goto('/history');
    await expect(list(page)).toHaveCount(3);
    const stored = await readStoredKeys(page);
    const bad = {
      'notes.json': ['not json at all', /is not valid JSON/],
      'result.json': ['{"format":"role-fit-export","formatVersion":1}', /single exported result/],
      'evil.json': [
        '{"format":"role-fit-history","formatVersion":1,"entries":[{"__proto__":{"x":1}}]}',
        /entry 1: __proto__: a "__proto__" key is not allowed/,
      ],
    } as const;
    for (const [name, [contents, message]] of Object.entries(bad)) {
      await importHistory(page, name, contents);
      const alert = page.getByTestId('import-problems');
      await expect(alert).toContainText(`“${name}” could not be imported`);
      await expect(alert).toContainText(message);
    }
    expect(await readStoredKeys(page)).toEqual(stored);
    expect(await readList(page)).toEqual(expectedList(listed));
  });

  test('reports a damaged stored entry while still showing the others', async ({ page }) => {
    const damaged = `${HISTORY_PREFIX}damaged`;
    await seedStorage(page, { ...storedItems(entries), [damaged]: '{"format":1,"form":"x"' });
    await page.goto('/history');
    expect(await readList(page)).toEqual(expectedList(listed));
    await expect(page.getByRole('heading', { name: '1 entry could not be read' })).toBeVisible();
    const item = page.getByTestId('unreadable-entry');
    await expect(item).toContainText('it is not valid JSON');
    await expect(item).toContainText(damaged);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      item.getByRole('button', { name: 'Download a copy' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('role-fit-history-entry-damaged.json');

    await item.getByRole('button', { name: 'Remove' }).click();
    await item.getByRole('button', { name: 'Remove it for good' }).click();
    await expect(item).toHaveCount(0);
    expect(await readHistoryKeys(page)).not.toContain(damaged);
    await expect(list(page)).toHaveCount(3);
  });

  test('reaches every control with the keyboard, each with a visible focus', async ({ page }) => {
    await seedStorage(page, { ...storedItems(entries), [`${HISTORY_PREFIX}damaged`]: 'nonsense' });
    await page.goto('/history');
    await expect(
      page.getByRole('group', { name: /^Line chart/ }).getByRole('application'),
    ).toBeVisible();
    const { reached, invisibleFocus } = await tabThroughPage(page);
    // Skip link, 4 nav links, brand, table toggle, delete all, 3 × (open, delete),
    // download and remove, export, import.
    expect(reached.length).toBeGreaterThanOrEqual(17);
    expect(invisibleFocus).toEqual([]);

    await list(page)
      .first()
      .getByRole('button', { name: /^Delete/ })
      .press('Enter');
    await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  });

  testAt320pxInBothSchemes(
    'has no axe violations and no sideways scrolling at 320px',
    async ({ page: empty, context, colorScheme }) => {
      await empty.goto('/history');
      await expect(empty.getByRole('heading', { name: 'No results yet' })).toBeVisible();
      await expectNoAxeViolations(empty, `empty history, ${colorScheme}`);

      const page = await context.newPage();
      await seedStorage(page, {
        ...storedItems([
          ...entries,
          historyEntry(variedAnswers(4), '2025-12-01T10:00:00.000Z', 'full', 0),
        ]),
        [`${HISTORY_PREFIX}damaged`]: 'nonsense',
      });
      await page.goto('/history');
      await expect(
        page.getByRole('group', { name: /^Line chart/ }).getByRole('application'),
      ).toBeVisible();
      await page.getByText("Show the chart's data as a table").click();
      await expectNoAxeViolations(page, `history with a chart, ${colorScheme}`);
      const { overflowPx, culprits } = await measureHorizontalOverflow(page);
      expect(overflowPx, culprits.join(', ')).toBeLessThanOrEqual(0);

      await page.getByRole('button', { name: 'Delete all' }).click();
      await expectNoAxeViolations(page, `delete-all dialog, ${colorScheme}`);
    },
  );
});

test.describe('the history page’s way to the team map', () => {
  test('links from the list of results to the team map', async ({ page }) => {
    await seedStorage(page, storedItems(entries));
    await page.goto('/history');
    await expect(list(page)).toHaveCount(entries.length);
    const link = page.getByRole('link', { name: 'Map a team with your results' });
    await expect(link).toHaveAttribute('href', '/team');
    await link.click();
    await expect(page).toHaveURL(/\/team$/);
  });
});

test.describe('the history page in Spanish and German', () => {
  const english = async (page: Page, locale: 'es' | 'de') =>
    englishIn(await page.locator('body').innerText(), locale);

  test('walks the empty history, an import, the chart and its table, deleting and undoing, and deleting all, in Spanish', async ({
    page,
  }) => {
    test.slow();
    const words = loadSiteWords('es').history.page;
    await page.goto('/es/history');
    await expect(page.getByRole('heading', { name: words.empty.title })).toBeVisible();
    await expect(page.getByRole('link', { name: words.empty.action }).last()).toHaveAttribute(
      'href',
      '/es/quiz',
    );
    expect(await english(page, 'es')).toEqual([]);

    const file = encodeHistoryFile(entries, '2026-12-01T10:00:00.000Z');
    const importFile = () =>
      page.getByLabel(words.import.label).setInputFiles({
        name: 'historial.json',
        mimeType: 'application/json',
        buffer: Buffer.from(file),
      });
    await importFile();
    await expect(page.getByTestId('import-outcome')).toHaveText(
      'Se añadieron 3 resultados de «historial.json».',
    );
    expect(await readList(page)).toEqual(expectedList(listed));
    const chart = page.getByRole('group', { name: /^Gráfico de líneas de tu encaje/ });
    await expect(chart.getByRole('application')).toBeVisible();
    await expect(chart).toContainText('Encaje como CTO');
    await page.getByText(words.chart.tableToggle).click();
    await expect(page.locator('table tbody tr')).toHaveCount(3);
    await expect(
      list(page)
        .first()
        .getByRole('link', { name: /^Abrir/ }),
    ).toHaveAttribute('href', /^\/es\/results#/);
    await expect(
      list(page)
        .first()
        .getByRole('link', { name: /^Comparar con/ }),
    ).toHaveAttribute('href', /^\/es\/compare#/);
    expect(await english(page, 'es')).toEqual([]);

    await importFile();
    await expect(page.getByTestId('import-outcome')).toHaveText(
      'Nada nuevo en «historial.json»: todos sus resultados ya están aquí.',
    );

    await list(page)
      .nth(1)
      .getByRole('button', { name: /^Eliminar/ })
      .click();
    await expect(page.getByText(/^Se eliminó el resultado del/)).toBeVisible();
    expect(await english(page, 'es')).toEqual([]);
    await page.getByRole('button', { name: words.notices.undo }).click();
    await expect(page.getByText(words.notices.restored)).toBeVisible();
    await expect(list(page)).toHaveCount(3);

    await page.getByRole('button', { name: words.deleteAll.button }).click();
    const dialog = page.getByRole('dialog', { name: words.deleteAll.title });
    await expect(dialog).toContainText('Esto elimina para siempre los 3 resultados');
    expect(await english(page, 'es')).toEqual([]);
    await dialog.getByRole('button', { name: words.deleteAll.confirm }).click();
    await expect(page.getByText('Se eliminaron los 3 resultados de este navegador.')).toBeVisible();
    await expect(page.getByRole('heading', { name: words.empty.title })).toBeVisible();
    expect(await english(page, 'es')).toEqual([]);
  });

  test('shows seeded results, their chart and table, and a damaged entry, in German', async ({
    page,
  }) => {
    const words = loadSiteWords('de').history.page;
    await seedStorage(page, { ...storedItems(entries), [`${HISTORY_PREFIX}damaged`]: 'nonsense' });
    await page.goto('/de/history');
    expect(await readList(page)).toEqual(expectedList(listed));
    await expect(
      page.getByRole('group', { name: /^Liniendiagramm/ }).getByRole('application'),
    ).toBeVisible();
    await page.getByText(words.chart.tableToggle).click();
    await expect(page.locator('table tbody tr')).toHaveCount(3);
    await expect(page.getByTestId('unreadable-entry')).toHaveCount(1);
    await expect(page.getByRole('heading', { name: '3 Ergebnisse, neueste zuerst' })).toBeVisible();
    expect(await english(page, 'de')).toEqual([]);
  });
});
