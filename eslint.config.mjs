import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// The layer rules and why: docs/decisions/021-lint-rules-that-keep-the-layers.md.

/**
 * Each page's own code (app/_pages/<page>/), which no other page may import. The route folders,
 * app/(en)/ and app/[locale]/, only hand a page its language (docs/decisions/028).
 */
const PAGE_FOLDERS = ['home', 'quiz', 'results', 'compare', 'history', 'roles', 'team'];

/** The engine is pure (README, "Where things live"): no UI framework in lib/. */
const LIB_IMPORTS = {
  paths: ['react', 'react-dom', 'next'].map((name) => ({
    name,
    message: 'lib/ is pure: UI code belongs in app/, and lib/ never calls it.',
  })),
  patterns: [
    {
      group: ['react/*', 'react-dom/*', 'next/*'],
      message: 'lib/ is pure: UI code belongs in app/, and lib/ never calls it.',
    },
  ],
};

/** …no browser and no storage… */
const BROWSER_GLOBALS = ['window', 'document', 'localStorage', 'sessionStorage', 'indexedDB'].map(
  (name) => ({
    name,
    message: `lib/ runs in the browser and on the command line alike: take what ${name} holds as an argument.`,
  }),
);

/** …and no clock or randomness, so that the same answers always give the same profile. */
const CLOCK_AND_CHANCE = [
  ['Date', 'now', 'clock'],
  ['performance', 'now', 'clock'],
  ['Math', 'random', 'randomness'],
  ['crypto', 'getRandomValues', 'randomness'],
  ['crypto', 'randomUUID', 'randomness'],
].map(([object, property, what]) => ({
  object,
  property,
  message: `lib/ reads no ${what}: take the value as an argument (a date, a seed).`,
}));

const NO_CLOCK_SYNTAX = {
  selector: "NewExpression[callee.name='Date'][arguments.length=0]",
  message: 'lib/ reads no clock: take the date as an argument.',
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    '.next/**',
    // Builds with NEXT_DIST_DIR set (the audit's, the browser tests', side-by-side builds).
    '.next-*/**',
    'out/**',
    'node_modules/**',
    'next-env.d.ts',
    'coverage/**',
    'test-results/**',
    'playwright-report/**',
    'artifacts/**',
    '.scratch/**',
    // The service worker scripts/offline/build-sw.ts writes for `next start` (sw/sw.ts is its source).
    'public/sw.js',
    // The audit's bare Next.js fixture is built in place; these files are generated.
    'tests/fixtures/bare-next/.next/**',
    'tests/fixtures/bare-next/next-env.d.ts',
    // Files that break a rule on purpose, linted only by tests/lint/.
    'tests/lint/fixtures/**',
  ]),
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    name: 'role-fit/no-cycles',
    // The code that ships and the scripts; tests/lint/fixtures/cycle/ proves the rule bites.
    files: ['{app,lib,scripts}/**/*.{ts,tsx}', 'tests/lint/fixtures/**/*.ts'],
    rules: {
      // No file imports one that imports it back. The whole-project search for strongly connected
      // components measured slower here than the plain search, hence disableScc.
      'import/no-cycle': ['error', { ignoreExternal: true, disableScc: true }],
    },
  },
  {
    name: 'role-fit/layers',
    files: ['app/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}'],
    rules: {
      // Pages never import each other; code two pages share lives in app/_shared/.
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            ...PAGE_FOLDERS.map((page) => ({
              target: `./app/_pages/${page}`,
              from: PAGE_FOLDERS.filter((other) => other !== page).map(
                (other) => `./app/_pages/${other}`,
              ),
              message: `app/_pages/${page}/ may not import another page: move what both use to app/_shared/.`,
            })),
            {
              target: ['./app/_shared', './app/_site'],
              from: './app/_pages',
              message: 'app/_shared/ and app/_site/ serve the pages and import none of them.',
            },
            {
              target: './lib',
              from: ['./app', './tests'],
              message: 'lib/ never imports app/ or tests/: they call lib/, not the other way.',
            },
          ],
        },
      ],
    },
  },
  {
    name: 'role-fit/pure-lib',
    files: ['lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', LIB_IMPORTS],
      'no-restricted-globals': [
        'error',
        ...BROWSER_GLOBALS,
        {
          name: 'process',
          message: 'lib/ is pure: only the command line (lib/cli/) talks to the process.',
        },
      ],
      'no-restricted-properties': ['error', ...CLOCK_AND_CHANCE],
      'no-restricted-syntax': ['error', NO_CLOCK_SYNTAX],
    },
  },
  {
    // The command line is Node code: it may use the process and the file system, still no browser.
    name: 'role-fit/cli',
    files: ['lib/cli/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS],
    },
  },
  {
    // The one place the command line reads today's date, to hand it to lib/ as an argument.
    name: 'role-fit/cli-entry',
    files: ['lib/cli/main.ts'],
    rules: {
      'no-restricted-syntax': 'off',
    },
  },
]);
