import { readFileSync } from 'node:fs';

import { LOCALES } from '@/lib/i18n/locales';
import {
  BudgetsSchema,
  checkBudget,
  jsRatioOverSource,
  localizePagePath,
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
const languages = { maxJsRatioOverSource: 0.05 };
const publicPage: PageBudget = {
  path: '/',
  locale: 'en',
  sourcePath: '/',
  public: true,
  limits: defaults,
  maxJsRatioOverSource: null,
};
const spanishPage: PageBudget = {
  ...publicPage,
  path: '/es',
  locale: 'es',
  maxJsRatioOverSource: 0.05,
};
const withinBudget: PageFigures = {
  performance: 98,
  accessibility: 100,
  bestPractices: 100,
  seo: 95,
  axeViolations: 0,
  jsRatio: 1.2,
  jsRatioOverSource: 0,
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
      languages,
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
      languages,
      pages: [{ path: '/', public: true, maxJSRatio: 2 }],
    });
    expect(parsed.success).toBe(false);
  });

  it('requires the languages entry, and no list of languages in it', () => {
    const pages = [{ path: '/', public: true }];
    expect(BudgetsSchema.safeParse({ defaults, pages }).success).toBe(false);
    const listed = { ...languages, locales: ['en', 'es'] };
    expect(BudgetsSchema.safeParse({ defaults, languages: listed, pages }).success).toBe(false);
    const negative = { maxJsRatioOverSource: -0.01 };
    expect(BudgetsSchema.safeParse({ defaults, languages: negative, pages }).success).toBe(false);
  });

  it("rejects another language's page, since every page is audited in every language", () => {
    const parsed = BudgetsSchema.safeParse({
      defaults,
      languages,
      pages: [
        { path: '/quiz', public: true },
        { path: '/es/quiz', public: true },
      ],
    });
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['pages.1.path']);
  });
});

describe('localizePagePath', () => {
  it('puts the language before the path and keeps a fragment or query', () => {
    expect(localizePagePath('es', '/results#{share-code}')).toBe('/es/results#{share-code}');
    expect(localizePagePath('de', '/team?x=1#y')).toBe('/de/team?x=1#y');
    expect(localizePagePath('es', '/')).toBe('/es');
    expect(localizePagePath('de', '/#{share-code}')).toBe('/de#{share-code}');
  });

  it('leaves an English path as it is', () => {
    expect(localizePagePath('en', '/compare#{compare-code}')).toBe('/compare#{compare-code}');
  });
});

describe('resolvePageBudgets', () => {
  it('lets a page override one limit and keeps the defaults for the rest', () => {
    const [results] = resolvePageBudgets({
      defaults,
      languages,
      pages: [{ path: '/results', public: false, maxJsRatio: 1.5 }],
    });
    expect(results?.limits).toEqual({ ...defaults, maxJsRatio: 1.5 });
  });

  it('keeps the reason for an override out of the limits', () => {
    const [quiz] = resolvePageBudgets({
      defaults,
      languages,
      pages: [{ path: '/quiz', public: true, maxJsRatio: 1.22, $why: 'words' }],
    });
    expect(quiz?.limits).toEqual({ ...defaults, maxJsRatio: 1.22 });
  });

  it('audits every page in every language by default, each page with its languages together', () => {
    const pages = resolvePageBudgets({
      defaults,
      languages,
      pages: [
        { path: '/', public: true },
        { path: '/results#{share-code}', public: false },
      ],
    });
    expect(pages).toHaveLength(2 * LOCALES.length);
    expect(pages.map((page) => [page.locale, page.path, page.sourcePath])).toEqual([
      ['en', '/', '/'],
      ['es', '/es', '/'],
      ['de', '/de', '/'],
      ['en', '/results#{share-code}', '/results#{share-code}'],
      ['es', '/es/results#{share-code}', '/results#{share-code}'],
      ['de', '/de/results#{share-code}', '/results#{share-code}'],
    ]);
  });

  it("gives each language its English page's limits and the allowance over English", () => {
    const pages = resolvePageBudgets(
      {
        defaults,
        languages,
        pages: [{ path: '/team', public: true, maxJsRatio: 1.3, maxTbtMs: 100 }],
      },
      ['en', 'de'],
    );
    expect(pages).toEqual([
      {
        path: '/team',
        locale: 'en',
        sourcePath: '/team',
        public: true,
        limits: { ...defaults, maxJsRatio: 1.3, maxTbtMs: 100 },
        maxJsRatioOverSource: null,
      },
      {
        path: '/de/team',
        locale: 'de',
        sourcePath: '/team',
        public: true,
        limits: { ...defaults, maxJsRatio: 1.3, maxTbtMs: 100 },
        maxJsRatioOverSource: 0.05,
      },
    ]);
  });

  it('adds a limit the defaults leave out, for that page only', () => {
    const [share, plain] = resolvePageBudgets(
      {
        defaults,
        languages,
        pages: [
          { path: '/results#x', public: false, maxTbtMs: 100 },
          { path: '/results', public: false },
        ],
      },
      ['en'],
    );
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

describe('jsRatioOverSource', () => {
  it('is the difference of the ratios as the table shows them, free of float error', () => {
    expect(jsRatioOverSource(1.25, 1.2)).toBe(0.05);
    expect(jsRatioOverSource(1.254, 1.196)).toBe(0.05);
    expect(jsRatioOverSource(1.19, 1.21)).toBe(-0.02);
    expect(jsRatioOverSource(1.2, 1.2)).toBe(0);
  });
});

describe('checkBudget over the English page', () => {
  it('passes a language page exactly 0.05 over English, and one under it', () => {
    expect(checkBudget(spanishPage, { ...withinBudget, jsRatioOverSource: 0.05 })).toEqual([]);
    expect(checkBudget(spanishPage, { ...withinBudget, jsRatioOverSource: -0.03 })).toEqual([]);
  });

  it('fails a language page more than 0.05 over English, even within its own maxJsRatio', () => {
    const loose = { ...spanishPage, limits: { ...defaults, maxJsRatio: 1.5 } };
    expect(checkBudget(loose, { ...withinBudget, jsRatio: 1.26, jsRatioOverSource: 0.06 })).toEqual(
      [{ figure: 'jsRatioOverSource', message: "JS ratio is 0.06 over /'s, more than 0.05" }],
    );
  });

  it('holds a language page to its English limits as well', () => {
    const failures = checkBudget(spanishPage, { ...withinBudget, jsRatio: 1.21, axeViolations: 1 });
    expect(failures.map((failure) => failure.figure)).toEqual(['axeViolations', 'jsRatio']);
  });

  it('fails a language page whose English page was not measured, saying why', () => {
    expect(checkBudget(spanishPage, { ...withinBudget, jsRatioOverSource: null })).toEqual([
      { figure: 'jsRatioOverSource', message: 'JS ratio not compared: / was not measured' },
    ]);
  });

  it('never compares the English page with itself', () => {
    expect(checkBudget(publicPage, { ...withinBudget, jsRatioOverSource: null })).toEqual([]);
  });
});
