import { launch } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';

import { chromiumArgs, chromiumPath } from '../../tests/e2e/support/chromium';
import { median } from './median';
import { onExit } from './processes';

/** Lighthouse's figures for one page: category scores 0-100, times in ms, sizes in bytes. */
export interface LighthouseFigures {
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
  lcpMs: number | null;
  tbtMs: number | null;
  transferBytes: number | null;
  /** Runs that failed even when tried again, and what Lighthouse warned about; deduplicated. */
  problems: string[];
  /** Per category, the audits that cost it points in any run, e.g. `errors-in-console (…)`. */
  shortfalls: Record<Category, string[]>;
}

const categoryIds = {
  performance: 'performance',
  accessibility: 'accessibility',
  bestPractices: 'best-practices',
  seo: 'seo',
} as const;

/** The Lighthouse categories we report, by the names the figures use. */
export type Category = keyof typeof categoryIds;

// A run that fails outright (NO_NAVSTART and the like happen now and then) is tried again,
// at most this many times per page, so the median is still over `runs` good runs.
const extraAttempts = 2;

/**
 * Runs Lighthouse's default config (mobile emulation, simulated throttling) `runs` times in a row,
 * each in a fresh Chromium as Lighthouse advises, and takes the median of each figure on its own.
 */
export async function measureWithLighthouse(
  url: string,
  runs: number,
  progress: (message: string) => void,
): Promise<LighthouseFigures> {
  const results: Result[] = [];
  const failures: string[] = [];
  const warnings = new Set<string>();
  for (let attempt = 1; results.length < runs && attempt <= runs + extraAttempts; attempt += 1) {
    const started = Date.now();
    const outcome = await runOnce(url);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const label = `lighthouse ${url} run ${results.length + 1}/${runs}`;
    if (typeof outcome === 'string') {
      failures.push(outcome);
      progress(`${label}: failed (${outcome}) in ${seconds} s, trying again`);
      continue;
    }
    for (const warning of outcome.runWarnings) warnings.add(warning);
    results.push(outcome);
    progress(`${label}: performance ${formatScore(outcome, 'performance')} in ${seconds} s`);
  }
  const scoreOf = (id: string) =>
    median(results.flatMap((lhr) => scoreValue(lhr.categories[id]?.score)));
  const numberOf = (id: string) =>
    median(results.flatMap((lhr) => numericValue(lhr.audits[id]?.numericValue)));
  const problems = [...warnings];
  if (results.length < runs) {
    problems.unshift(`only ${results.length} of ${runs} runs succeeded: ${failures.join('; ')}`);
  }
  return {
    performance: round(scoreOf(categoryIds.performance)),
    accessibility: round(scoreOf(categoryIds.accessibility)),
    bestPractices: round(scoreOf(categoryIds.bestPractices)),
    seo: round(scoreOf(categoryIds.seo)),
    lcpMs: round(numberOf('largest-contentful-paint')),
    tbtMs: round(numberOf('total-blocking-time')),
    transferBytes: round(numberOf('total-byte-weight')),
    problems,
    shortfalls: {
      performance: findShortfalls(results, categoryIds.performance),
      accessibility: findShortfalls(results, categoryIds.accessibility),
      bestPractices: findShortfalls(results, categoryIds.bestPractices),
      seo: findShortfalls(results, categoryIds.seo),
    },
  };
}

/** One Lighthouse run in its own Chromium: the result, or why there is none. */
async function runOnce(url: string): Promise<Result | string> {
  const chrome = await launch({
    chromePath: chromiumPath,
    chromeFlags: chromiumArgs.map((flag) => (flag === '--headless' ? '--headless=new' : flag)),
    // Our own exit handling stops Chromium along with the servers, on Ctrl-C too.
    handleSIGINT: false,
    logLevel: 'silent',
  });
  const forget = onExit(() => chrome.kill());
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: Object.values(categoryIds),
    });
    const lhr = result?.lhr;
    if (lhr === undefined) return 'no result';
    if (lhr.runtimeError !== undefined) return lhr.runtimeError.code;
    return lhr;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    chrome.kill();
    forget();
  }
}

/** The weighted audits of a category that scored under 1 in any of the runs. */
function findShortfalls(results: readonly Result[], categoryId: string): string[] {
  const shortfalls = new Map<string, string>();
  for (const lhr of results) {
    for (const ref of lhr.categories[categoryId]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit !== undefined && audit.score !== null && audit.score < 1) {
        const value = audit.displayValue === undefined ? '' : `: ${audit.displayValue}`;
        if (!shortfalls.has(audit.id)) {
          shortfalls.set(audit.id, `${audit.id} (${audit.title}${value})`);
        }
      }
    }
  }
  return [...shortfalls.values()];
}

// Lighthouse shows a score of 0.975 as 98; so does the table, and the budget sees what it shows.
function scoreValue(score: number | null | undefined): number[] {
  return typeof score === 'number' ? [Math.round(score * 100)] : [];
}

function numericValue(value: number | undefined): number[] {
  return typeof value === 'number' && Number.isFinite(value) ? [value] : [];
}

function round(value: number | null): number | null {
  return value === null ? null : Math.round(value);
}

function formatScore(lhr: Result, id: string): string {
  const [score] = scoreValue(lhr.categories[id]?.score);
  return score === undefined ? 'n/a' : String(score);
}
