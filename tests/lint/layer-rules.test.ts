import { ESLint } from 'eslint';

/**
 * The lint rules that keep lib/ pure and the route folders apart bite: each snippet breaks one
 * rule of eslint.config.mjs, linted as if it stood at `filePath`, and ESLint names the rule.
 */
const eslint = new ESLint({ overrideConfigFile: 'eslint.config.mjs', ignore: false });
/** The same rules but the cycle search, which reads every file a snippet reaches and is proved below. */
const eslintWithoutCycles = new ESLint({
  overrideConfigFile: 'eslint.config.mjs',
  overrideConfig: { rules: { 'import/no-cycle': 'off' } },
});

// Loading the config and its plugins takes seconds on a busy machine; do it once, before the clock.
beforeAll(() => eslintWithoutCycles.lintText('', { filePath: 'lib/probe.ts' }), 60_000);

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslintWithoutCycles.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

describe('lib/ stays pure', () => {
  it.each([
    ['react', "import { useState } from 'react';\nexport const hook = useState;\n"],
    [
      'react-dom',
      "import { createPortal } from 'react-dom';\nexport const portal = createPortal;\n",
    ],
    ['next', "import type { Metadata } from 'next';\nexport type Meta = Metadata;\n"],
    ['next/link', "import Link from 'next/link';\nexport const link = Link;\n"],
  ])('forbids importing %s', async (name, code) => {
    expect(await ruleIdsFor('lib/scoring/probe.ts', code)).toEqual([
      expect.stringMatching(
        new RegExp(`^no-restricted-imports: '${name}' import is restricted.*lib/ is pure`),
      ),
    ]);
  });

  it.each(['window', 'document', 'localStorage', 'sessionStorage', 'indexedDB'])(
    'forbids the browser global %s',
    async (name) => {
      expect(
        await ruleIdsFor('lib/report/probe.ts', `export const probe = () => ${name};\n`),
      ).toEqual([
        expect.stringMatching(new RegExp(`^no-restricted-globals: Unexpected use of '${name}'`)),
      ]);
    },
  );

  it.each([
    ['Date.now()', /^no-restricted-properties: 'Date.now' is restricted.*reads no clock/],
    [
      'Math.random()',
      /^no-restricted-properties: 'Math.random' is restricted.*reads no randomness/,
    ],
    ['new Date()', /^no-restricted-syntax: lib\/ reads no clock/],
  ])('forbids reading %s', async (expression, message) => {
    expect(
      await ruleIdsFor('lib/history/probe.ts', `export const probe = () => ${expression};\n`),
    ).toEqual([expect.stringMatching(message)]);
  });

  it('lets a date be made from a value it was given', async () => {
    const code = 'export const day = (ms: number) => new Date(ms).toISOString();\n';
    expect(await ruleIdsFor('lib/history/probe.ts', code)).toEqual([]);
  });

  it('lets the command line use the process but not the browser', async () => {
    const code = 'export const args = () => [process.argv, window.location];\n';
    expect(await ruleIdsFor('lib/cli/probe.ts', code)).toEqual([
      expect.stringMatching(/^no-restricted-globals: Unexpected use of 'window'/),
    ]);
    expect(await ruleIdsFor('lib/scoring/probe.ts', 'export const a = process.argv;\n')).toEqual([
      expect.stringMatching(/^no-restricted-globals: Unexpected use of 'process'/),
    ]);
  });

  it('forbids importing app/', async () => {
    const code =
      "import { QuizPage } from '@/app/_pages/quiz/quiz-page';\nexport const page = QuizPage;\n";
    expect(await ruleIdsFor('lib/quiz/probe.ts', code)).toEqual([
      expect.stringMatching(/^import\/no-restricted-paths: .*lib\/ never imports app\//),
    ]);
  });
});

describe('pages stay apart', () => {
  it.each([
    ['app/_pages/quiz/probe.tsx', '@/app/_pages/results/results-page'],
    ['app/_pages/quiz/probe.tsx', '../results/results-page'],
    ['app/_pages/compare/probe.tsx', '@/app/_pages/history/history-page'],
    ['app/_pages/roles/probe.tsx', '../quiz/quiz-page'],
    ['app/_pages/home/probe.tsx', '../team/team-page'],
  ])('forbids %s importing %s', async (filePath, source) => {
    const code = `import Page from '${source}';\nexport const page = Page;\n`;
    expect(await ruleIdsFor(filePath, code)).toEqual([
      expect.stringMatching(/^import\/no-restricted-paths: .*may not import another page/),
    ]);
  });

  it.each(['app/_shared/probe.tsx', 'app/_site/probe.tsx'])(
    'forbids %s importing a page',
    async (filePath) => {
      const code =
        "import Page from '@/app/_pages/compare/compare-page';\nexport const page = Page;\n";
      expect(await ruleIdsFor(filePath, code)).toEqual([
        expect.stringMatching(/^import\/no-restricted-paths: .*serve the pages and import none/),
      ]);
    },
  );

  it('lets a page import its own files, app/_shared and lib/', async () => {
    const code = [
      "import Page from './results-page';",
      "import { saveFile } from '@/app/_shared/save-file';",
      "import { scoreAnswers } from '@/lib/scoring';",
      'export const used = [Page, saveFile, scoreAnswers];',
      '',
    ].join('\n');
    expect(await ruleIdsFor('app/_pages/results/probe.tsx', code)).toEqual([]);
  });
});

describe('imports', () => {
  it('forbid a cycle', async () => {
    const [result] = await eslint.lintFiles(['tests/lint/fixtures/cycle/first.ts']);
    expect(result?.messages.map((message) => `${message.ruleId}: ${message.message}`)).toEqual([
      expect.stringMatching(/^import\/no-cycle: Dependency cycle detected/),
    ]);
  }, 60_000);
});
