import { readFileSync } from 'node:fs';

import {
  BudgetsSchema,
  checkBudget,
  resolvePageBudgets,
  type PageBudget,
  type PageFigures,
} from '@/scripts/audit/budgets';

const defaults = {
  minPerformance: 98,
  minAccessibility: 100,
  minBestPractices: 100,
  minSeo: 95,
  maxAxeViolations: 0,
  maxJsRatio: 1.2,
};
const publicPage: PageBudget = { path: '/', public: true, limits: defaults };
const withinBudget: PageFigures = {
  performance: 98,
  accessibility: 100,
  bestPractices: 100,
  seo: 95,
  axeViolations: 0,
  jsRatio: 1.2,
  tbtMs: 250,
};

describe('BudgetsSchema', () => {
  it('accepts the budgets file at the repository root', () => {
    const raw: unknown = JSON.parse(readFileSync('budgets.json', 'utf8'));
    expect(BudgetsSchema.safeParse(raw).success).toBe(true);
  });

  it('rejects a page listed twice, naming where', () => {
    const parsed = BudgetsSchema.safeParse({
      defaults,
      pages: [
        { path: '/roles', public: true },
        { path: '/roles', public: true },
      ],
    });
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['pages.1.path']);
  });

  it('rejects a misspelt limit instead of ignoring it', () => {
    const parsed = BudgetsSchema.safeParse({
      defaults,
      pages: [{ path: '/', public: true, maxJSRatio: 2 }],
    });
    expect(parsed.success).toBe(false);
  });
});

describe('resolvePageBudgets', () => {
  it('lets a page override one limit and keeps the defaults for the rest', () => {
    const [results] = resolvePageBudgets({
      defaults,
      pages: [{ path: '/results', public: false, maxJsRatio: 1.5 }],
    });
    expect(results?.limits).toEqual({ ...defaults, maxJsRatio: 1.5 });
  });

  it('adds a limit the defaults leave out, for that page only', () => {
    const [share, plain] = resolvePageBudgets({
      defaults,
      pages: [
        { path: '/results#x', public: false, maxTbtMs: 100 },
        { path: '/results', public: false },
      ],
    });
    expect(share?.limits).toEqual({ ...defaults, maxTbtMs: 100 });
    expect(plain?.limits).toEqual(defaults);
  });
});

describe('checkBudget', () => {
  it('passes figures exactly at their limits', () => {
    expect(checkBudget(publicPage, withinBudget)).toEqual([]);
  });

  it('names every figure that breaks its budget', () => {
    const failures = checkBudget(publicPage, {
      ...withinBudget,
      performance: 97,
      axeViolations: 2,
      jsRatio: 1.21,
    });
    expect(failures.map((failure) => failure.message)).toEqual([
      'performance 97 is under 98',
      '2 axe violation(s), more than 0',
      'JS ratio 1.21 is over 1.2',
    ]);
  });

  it('fails a score Lighthouse could not measure', () => {
    expect(checkBudget(publicPage, { ...withinBudget, accessibility: null })).toEqual([
      { figure: 'accessibility', message: 'accessibility was not measured' },
    ]);
  });

  it('holds TBT to a budget only where the page sets one, at the limit included', () => {
    const capped = { ...publicPage, limits: { ...defaults, maxTbtMs: 100 } };
    expect(checkBudget(publicPage, withinBudget)).toEqual([]);
    expect(checkBudget(capped, { ...withinBudget, tbtMs: 100 })).toEqual([]);
    expect(checkBudget(capped, { ...withinBudget, tbtMs: 101 })).toEqual([
      { figure: 'tbtMs', message: 'TBT 101 ms is over 100 ms' },
    ]);
    expect(checkBudget(capped, { ...withinBudget, tbtMs: null })).toEqual([
      { figure: 'tbtMs', message: 'TBT was not measured' },
    ]);
  });

  it('holds SEO to its budget only on public pages', () => {
    const figures = { ...withinBudget, seo: 60 };
    expect(checkBudget(publicPage, figures).map((failure) => failure.figure)).toEqual(['seo']);
    expect(checkBudget({ ...publicPage, public: false }, figures)).toEqual([]);
  });
});
