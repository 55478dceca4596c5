import { readFileSync } from 'node:fs';

import { z } from 'zod';

import { describeIssues } from '@/lib/bank/describe-issues';

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
  path: z.string().startsWith('/'),
  public: z.boolean(),
  /** Why the page overrides a default, when it does: a budget is loosened only with a reason. */
  $why: z.string().optional(),
});

/** The audit's budgets file: limits for every page, and the pages, each able to override them. */
export const BudgetsSchema = z
  .strictObject({
    $comment: z.string().optional(),
    defaults: LimitsSchema,
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
    });
  });

export type Budgets = z.infer<typeof BudgetsSchema>;
export type Limits = z.infer<typeof LimitsSchema>;

/** A page to audit and the limits that apply to it, defaults and overrides merged. */
export interface PageBudget {
  path: string;
  public: boolean;
  limits: Limits;
}

/** Reads and validates the budgets file; throws one line per problem. */
export function loadBudgets(file: string): PageBudget[] {
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
  return resolvePageBudgets(parsed.data);
}

/** Merges each page's overrides over the defaults. */
export function resolvePageBudgets(budgets: Budgets): PageBudget[] {
  return budgets.pages.map(({ path, public: isPublic, ...overrides }) => {
    const set = Object.entries(overrides).filter(([, value]) => value !== undefined);
    return { path, public: isPublic, limits: { ...budgets.defaults, ...Object.fromEntries(set) } };
  });
}

/** What the audit measured on one page; null where Lighthouse could not measure it. */
export interface PageFigures {
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
  axeViolations: number;
  jsRatio: number;
  tbtMs: number | null;
}

/** A figure that broke its budget, said the way the table shows it. */
export interface BudgetFailure {
  figure: keyof PageFigures;
  message: string;
}

/** Every figure of a page that is outside its budget (SEO only on public pages). */
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
