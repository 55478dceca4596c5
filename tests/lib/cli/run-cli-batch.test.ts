import { scoreAnswers } from '@/lib/scoring';
import { tinyBank } from '@/tests/fixtures/tiny-bank';

import { jsonLines, runInMemory } from './run-in-memory';
import { SCORING_COPY } from '@/lib/scoring/scoring-copy';

/** Runs the CLI against the tiny bank with in-memory files. */
const run = (args: string[], files: Record<string, string> = {}) =>
  runInMemory(args, files, () => tinyBank);

const first = { 'tech-01': 5, 'customer-01': 2, 'speed-1': 'tech' };
const second = { 'customer-01': 5, 'market-01': 4 };

describe('cli score --batch', () => {
  it('writes one profile per line, in the same order as the answer lines', async () => {
    const input = [
      JSON.stringify({ answers: first }),
      JSON.stringify({ answers: second, form: 'short' }),
    ].join('\n');
    const { code, stdout, stderr } = await run(['score', '--batch', 'cohort.jsonl'], {
      'cohort.jsonl': `${input}\n`,
    });
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.trimEnd().split('\n');
    expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual([
      JSON.parse(JSON.stringify(scoreAnswers(tinyBank, first, SCORING_COPY))),
      JSON.parse(JSON.stringify(scoreAnswers(tinyBank, second, SCORING_COPY, { form: 'short' }))),
    ]);
  });

  it('reads standard input for -, and --batch=FILE as well', async () => {
    const input = JSON.stringify({ answers: first });
    const fromStdin = await run(['score', '--batch', '-'], { '-': input });
    const withEquals = await run(['score', '--batch=-'], { '-': input });
    expect(fromStdin.code).toBe(0);
    expect(withEquals.stdout).toBe(fromStdin.stdout);
    expect(fromStdin.stdout.split('\n')).toHaveLength(2);
  });

  it('writes an error on a bad line, still scores the rest and exits 1', async () => {
    const input = [
      JSON.stringify({ answers: first }),
      '{"answers": ',
      JSON.stringify({ answers: { 'tech-01': 9 } }),
      JSON.stringify({ answers: {} }),
      JSON.stringify({ answers: second }),
    ].join('\r\n');
    const { code, stdout, stderr } = await run(['score', '--batch', '-'], { '-': input });
    expect(code).toBe(1);
    const lines = jsonLines(stdout);
    expect(lines).toHaveLength(5);
    expect(lines[0]).toHaveProperty('fit');
    expect(lines[1]?.error).toMatch(/^line 2: /);
    expect(lines[2]?.error).toMatch(/^line 3: question "tech-01"/);
    expect(lines[3]).toEqual({ error: 'line 4: has no answers to score' });
    expect(lines[4]).toHaveProperty('fit');
    expect(stderr).toBe('3 of 5 lines could not be scored\n');
  });

  it('skips blank lines, and numbers errors by their line in the input', async () => {
    const input = ['', JSON.stringify({ answers: first }), '   ', 'not json', ''].join('\n');
    const { code, stdout } = await run(['score', '--batch', '-'], { '-': input });
    expect(code).toBe(1);
    const lines = jsonLines(stdout);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.error).toMatch(/^line 4: /);
  });

  it('writes nothing and exits 0 for an empty batch', async () => {
    expect(await run(['score', '--batch', '-'], { '-': '' })).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
      written: {},
    });
  });

  it('exits 1 when the batch file cannot be read', async () => {
    const { code, stderr } = await run(['score', '--batch', 'missing.jsonl']);
    expect(code).toBe(1);
    expect(stderr).toBe('missing.jsonl: no such file\n');
  });

  it('is a usage error without a FILE or with more than one', async () => {
    expect((await run(['score', '--batch'])).code).toBe(2);
    expect((await run(['score', '--batch', 'a', 'b'])).code).toBe(2);
  });
});
