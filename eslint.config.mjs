import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

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
    // The audit's bare Next.js fixture is built in place; these files are generated.
    'tests/fixtures/bare-next/.next/**',
    'tests/fixtures/bare-next/next-env.d.ts',
  ]),
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
]);
