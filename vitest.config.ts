import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('./', import.meta.url)) },
  },
  test: {
    globals: true,
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    // CI also writes a machine-readable report, from which .ci/run prints its closing count.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'artifacts/vitest-results.json' },
    benchmark: { include: ['tests/**/*.bench.ts'] },
  },
});
