import { readFileSync } from 'node:fs';

import { z } from 'zod';

import { describeIssues } from '@/lib/bank/describe-issues';
import { localePath, splitLocalePath } from '@/lib/i18n/locale-path';
import { LOCALES, SOURCE_LOCALE, type Locale } from '@/lib/i18n/locales';

const score = z.number().min(0).max(100);

const LimitsSchema = z.strictObject({
  minPerformance: score,
  minAccessibility: score,
  minBestPractices: score,
  /** Applies to public pages only: a page nobody should find through a search engine needs no SEO. */
  minSeo: score,
  maxAxeViolations: z.number().int().min(0),
  /** The page's gzipped JavaScript divided by a bare Next.js page's. */
  maxJsRatio: z.number().positive(),
  /** Lighthouse's Total Blocking Time in ms (median of the runs); only where a page sets it. */
  maxTbtMs: z.number().positive().optional(),
});

const PageSchema = LimitsSchema.partial().extend({
  /** The English page; the audit adds every other language's (`/es/quiz` for `/quiz`). */
  path: z.string().startsWith('/'),
  public: z.boolean(),
  /** Why the page overrides a default, when it does: a budget is loosened only with a reason. */
  $why: z.string().optional(),
});

/** What holds every language's page besides its English page's limits. */
const LanguagesSchema = z.strictObject({
  /** How far a page's JS ratio may exceed its English page's, measured in the same run. */
  maxJsRatioOverSource: z.number().min(0),
});

/**
 * The audit's budgets file: limits for every page, the pages, each able to override them, and
 * what every language's page must keep to. The languages are LOCALES, not listed here, so a new
 * language is audited with no edit.
 */
export const BudgetsSchema = z
  .strictObject({
    $comment: z.string().optional(),
    defaults: LimitsSchema,
    languages: LanguagesSchema,
    pages: z.array(PageSchema.strict()).min(1),
  })
  .superRefine((budgets, ctx) => {
    const seen = new Set<string>();
    budgets.pages.forEach((page, index) => {
      if (seen.has(page.path)) {
        ctx.addIssue({
          code: 'custom',
          path: ['pages', index, 'path'],
          message: `duplicate page ${page.path}`,
        });
      }
      seen.add(page.path);
      const { locale } = splitLocalePath(page.path);
      if (locale !== SOURCE_LOCALE) {
        ctx.addIssue({
          code: 'custom',
          path: ['pages', index, 'path'],
          message: `${page.path} is a ${locale} page: list the ${SOURCE_LOCALE} page, every language's is audited`,
        });
      }
    });
  });

export type Budgets = z.infer<typeof BudgetsSchema>;
export type Limits = z.infer<typeof LimitsSchema>;

/** A page in one language and the limits that apply to it, defaults and overrides merged. */
export interface PageBudget {
  /** The path audited: `/es/quiz`. */
  path: string;
  locale: Locale;
  /** The same page in English, whose JS ratio this one is held to (itself, in English). */
  sourcePath: string;
  public: boolean;
  limits: Limits;
  /** How far the JS ratio may exceed the English page's; null on the English page. */
  maxJsRatioOverSource: number | null;
}

/** Reads and validates the budgets file; throws one line per problem. */
export function loadBudgets(file: string, locales: readonly Locale[] = LOCALES): PageBudget[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = BudgetsSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(
      `${file} is not a valid budgets file:\n  ${describeIssues(parsed.error.issues).join('\n  ')}`,
    );
  }
  return resolvePageBudgets(parsed.data, locales);
}

/**
 * Every page in every one of `locales` (each page's languages together, in the order given),
 * each page's overrides merged over the defaults and the same in every language.
 */
export function resolvePageBudgets(
  budgets: Budgets,
  locales: readonly Locale[] = LOCALES,
): PageBudget[] {
  return budgets.pages.flatMap(({ path, public: isPublic, ...overrides }) => {
    // A reason is not a limit.
    const set = Object.entries(overrides).filter(
      ([key, value]) => key !== '$why' && value !== undefined,
    );
    const limits: Limits = { ...budgets.defaults, ...Object.fromEntries(set) };
    return locales.map((locale) => ({
      path: localizePagePath(locale, path),
      locale,
      sourcePath: path,
      public: isPublic,
      limits,
      maxJsRatioOverSource:
        locale === SOURCE_LOCALE ? null : budgets.languages.maxJsRatioOverSource,
    }));
  });
}

/** A budgets.json path in a language, its query and fragment kept: `/results#{share-code}` → `/es/results#{share-code}`. */
export function localizePagePath(locale: Locale, path: string): string {
  const at = path.search(/[?#]/);
  const page = at === -1 ? path : path.slice(0, at);
  const rest = at === -1 ? '' : path.slice(at);
  return localePath(locale, page) + rest;
}

/**
 * How much a page's JS ratio exceeds its English page's, both as the table shows them (two
 * decimals), so the difference is the one a reader computes: 1.25 − 1.20 is 0.05, not 0.050…04.
 */
export function jsRatioOverSource(jsRatio: number, sourceJsRatio: number): number {
  return Math.round((roundRatio(jsRatio) - roundRatio(sourceJsRatio)) * 100) / 100;
}

/** A JS ratio to the two decimals the table shows and the budgets are written in. */
export function roundRatio(ratio: number): number {
  return Math.round(ratio * 100) / 100;
}

/** What the audit measured on one page; null where Lighthouse could not measure it. */
export interface PageFigures {
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
  axeViolations: number;
  jsRatio: number;
  /** jsRatioOverSource of this page against its English page; null when that was not measured. */
  jsRatioOverSource: number | null;
  tbtMs: number | null;
}

/** A figure that broke its budget, said the way the table shows it. */
export interface BudgetFailure {
  figure: keyof PageFigures;
  message: string;
}

/**
 * Every figure of a page that is outside its budget (SEO only on public pages; the difference to
 * English only on another language's page).
 */
export function checkBudget(budget: PageBudget, figures: PageFigures): BudgetFailure[] {
  const { limits } = budget;
  const failures: BudgetFailure[] = [];
  const atLeast = (figure: keyof PageFigures, label: string, min: number) => {
    const value = figures[figure];
    if (value === null) failures.push({ figure, message: `${label} was not measured` });
    else if (value < min) failures.push({ figure, message: `${label} ${value} is under ${min}` });
  };
  atLeast('performance', 'performance', limits.minPerformance);
  atLeast('accessibility', 'accessibility', limits.minAccessibility);
  atLeast('bestPractices', 'best practices', limits.minBestPractices);
  if (budget.public) atLeast('seo', 'SEO', limits.minSeo);
  if (figures.axeViolations > limits.maxAxeViolations) {
    failures.push({
      figure: 'axeViolations',
      message: `${figures.axeViolations} axe violation(s), more than ${limits.maxAxeViolations}`,
    });
  }
  if (figures.jsRatio > limits.maxJsRatio) {
    failures.push({
      figure: 'jsRatio',
      message: `JS ratio ${figures.jsRatio.toFixed(2)} is over ${limits.maxJsRatio}`,
    });
  }
  const maxOver = budget.maxJsRatioOverSource;
  if (maxOver !== null) {
    const over = figures.jsRatioOverSource;
    if (over === null) {
      failures.push({
        figure: 'jsRatioOverSource',
        message: `JS ratio not compared: ${budget.sourcePath} was not measured`,
      });
    } else if (over > maxOver) {
      failures.push({
        figure: 'jsRatioOverSource',
        message: `JS ratio is ${over.toFixed(2)} over ${budget.sourcePath}'s, more than ${maxOver}`,
      });
    }
  }
  if (limits.maxTbtMs !== undefined) {
    if (figures.tbtMs === null) failures.push({ figure: 'tbtMs', message: 'TBT was not measured' });
    else if (figures.tbtMs > limits.maxTbtMs) {
      failures.push({
        figure: 'tbtMs',
        message: `TBT ${figures.tbtMs} ms is over ${limits.maxTbtMs} ms`,
      });
    }
  }
  return failures;
}
