import { expect, type Page } from '@playwright/test';

import type { Answers } from '@/lib/answers/schema';
import { loadBank } from '@/lib/bank/load-bank';
import { encodeShareCode } from '@/lib/codecs/share-code';
import { buildPairingReport, type PairingReport } from '@/lib/compare';
import { loadPairing } from '@/lib/compare/load-pairing';
import { loadSiteWords } from '@/lib/i18n/load-site-words';
import { scoreAnswers } from '@/lib/scoring';

import { personAnswers } from './quiz';
import { SCORING_COPY } from '@/lib/scoring/scoring-copy';

/** The English words, as the English pages hand them. */
const ENGLISH = loadSiteWords('en');

const bank = loadBank();

/** Two full answer sets of different people of the fixtures, each with its share code. */
export function samplePair(): [
  { answers: Answers; code: string },
  { answers: Answers; code: string },
] {
  const make = (name: string) => {
    const answers = personAnswers(name);
    return { answers, code: encodeShareCode(bank, { form: 'full', answers }) };
  };
  return [make('enterprise-cto'), make('b2b-saas-cpo')];
}

/** What the engine says about two answer sets, named: the page must show the same. */
export function expectedReport(
  pair: ReturnType<typeof samplePair>,
  names: readonly [string, string],
): PairingReport {
  return buildPairingReport(ENGLISH, bank, loadPairing(bank), [
    {
      name: names[0],
      profile: scoreAnswers(bank, pair[0].answers, SCORING_COPY, { form: 'full' }),
    },
    {
      name: names[1],
      profile: scoreAnswers(bank, pair[1].answers, SCORING_COPY, { form: 'full' }),
    },
  ]);
}

/** Checks that the page shows the report's headline, both people's fits and every tension's reading, once it has rendered in full. */
export async function expectComparison(page: Page, report: PairingReport): Promise<void> {
  await expect(page.locator('h1')).toHaveText(report.overall.headline);
  for (const [i, key] of (['a', 'b'] as const).entries()) {
    const person = report.people[i]!;
    await expect(page.getByTestId(`fit-${key}-cto`)).toHaveText(String(person.fit.cto));
    await expect(page.getByTestId(`fit-${key}-cpo`)).toHaveText(String(person.fit.cpo));
  }
  for (const t of report.tensions) {
    const item = page.getByTestId(`tension-${t.id}`);
    await expect(item).toHaveAttribute('data-kind', t.kind);
    await expect(item).toContainText(t.headline);
  }
  // The last section to render.
  await expect(page.getByRole('button', { name: 'Download Markdown' })).toBeVisible();
}

/** Scrolls through the comparison so that its chart loads, and comes back to the top. */
export async function revealWholeComparison(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += 400) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    window.scrollTo(0, 0);
  });
  await expect(page.locator('[data-chart-slot]:not(:has(svg))')).toHaveCount(0);
}
