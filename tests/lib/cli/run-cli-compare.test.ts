import { loadBank } from '@/lib/bank/load-bank';
import { loadPairing } from '@/lib/compare/load-pairing';
import { buildCompareSummary, renderCompareMarkdown } from '@/lib/export';
import { loadSiteWords } from '@/lib/i18n/load-site-words';
import { fixedPair } from '@/tests/lib/export/fixed-pair';
import { readPdf } from '@/tests/support/read-pdf';
import { tinyBank } from '@/tests/fixtures/tiny-bank';

import { runInMemory } from './run-in-memory';

/** The English words, as the English pages hand them. */
const ENGLISH = loadSiteWords('en');

const bank = loadBank();
const [alex, sam] = fixedPair(bank);
const files = {
  'alex.json': JSON.stringify({ answers: alex.answers }),
  'sam.json': JSON.stringify({ answers: sam.answers, form: 'full' }),
};

/** Runs the CLI against the real bank with in-memory files, on 28 November 2026. */
const run = (args: string[], getBank = loadBank) => runInMemory(args, files, getBank);

describe('cli compare', () => {
  it('prints the same Markdown comparison the page exports, with the names given', async () => {
    const { code, stdout, stderr } = await run(
      'compare alex.json sam.json --format md --names Alex,Sam'.split(' '),
    );
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const expected = renderCompareMarkdown(
      buildCompareSummary(ENGLISH, bank, loadPairing(bank), [alex, sam], { date: '2026-11-28' }),
    );
    expect(stdout).toBe(expected);
  });

  it('calls the two people Person A and Person B when no names are given', async () => {
    const { stdout } = await run(['compare', 'alex.json', 'sam.json', '--format=md']);
    expect(stdout.split('\n')[0]).toBe('# Role Fit: CTO and CPO — Person A and Person B compared');
  });

  it('writes a PDF that reads back with both names', async () => {
    const { code, written } = await run(
      'compare alex.json sam.json --format pdf --out pair.pdf --names Alex,Sam --page-size letter'.split(
        ' ',
      ),
    );
    expect(code).toBe(0);
    const { text } = await readPdf(written['pair.pdf'] as Uint8Array);
    expect(text).toContain('Alex and Sam compared');
  });

  it.each([
    [['compare', 'alex.json', '--format', 'md'], 'compare takes two FILEs, one per person'],
    [['compare', '-', '-', '--format', 'md'], 'only one of the two FILEs can be standard input'],
    [['compare', 'alex.json', 'sam.json'], 'compare needs --format md or pdf'],
    [['compare', 'alex.json', 'sam.json', '--format', 'csv'], 'compare needs --format md or pdf'],
    [
      ['compare', 'alex.json', 'sam.json', '--format', 'pdf'],
      '--format pdf needs --out PATH, e.g. --out role-fit-2026-11-28.pdf (a PDF is not printed)',
    ],
    [
      ['compare', 'alex.json', 'sam.json', '--format', 'md', '--names', 'A,B,C'],
      '--names takes two names separated by a comma, e.g. "Alex,Sam"',
    ],
  ])('exits 2 on %j with the usage problem first', async (args, problem) => {
    const { code, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe(problem);
  });

  it('exits 1 naming the file when one of the two cannot be read', async () => {
    const { code, stderr } = await run(['compare', 'alex.json', 'kim.json', '--format', 'md']);
    expect(code).toBe(1);
    expect(stderr).toBe('kim.json: no such file\n');
  });

  it('exits 1 naming the content when the pairing text does not fit the bank', async () => {
    const { code, stderr } = await run(
      ['compare', 'alex.json', 'sam.json', '--format', 'md'],
      () => tinyBank,
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/^questions\/pairing\.json: the pairing content is invalid: /);
  });
});
