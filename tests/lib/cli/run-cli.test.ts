import { parseBank } from '@/lib/bank/parse-bank';
import { DECODER_COPY } from '@/lib/codecs/decoder-copy';
import { decodeExportFile } from '@/lib/export';
import { scoreAnswers } from '@/lib/scoring';
import { tinyBank, tinyBankContent } from '@/tests/fixtures/tiny-bank';

import { runInMemory } from './run-in-memory';
import { SCORING_COPY } from '@/lib/scoring/scoring-copy';

/** Runs the CLI against the tiny bank with in-memory files, on 28 November 2026. */
const run = (args: string[], files: Record<string, string> = {}) =>
  runInMemory(args, files, () => tinyBank);

const valid = JSON.stringify({ answers: { 'tech-01': 5, 'customer-01': 2, 'speed-1': 'tech' } });

describe('cli bank', () => {
  it('prints the validated bank as JSON', async () => {
    const { code, stdout, stderr } = await run(['bank']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const printed = JSON.parse(stdout) as typeof tinyBank;
    expect(printed).toEqual(tinyBank);
    expect(printed.questions.find((q) => q.id === 'speed-1')).toMatchObject({
      type: 'choice',
      options: [{ id: 'tech' }, { id: 'joint' }, { id: 'product' }],
    });
  });

  it('exits 1 with one line naming the problems when the bank is invalid', async () => {
    const { code, stderr } = await runInMemory(['bank'], {}, () =>
      parseBank({ ...tinyBankContent, version: 0 }),
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/^questions\/: the question bank is invalid: version: .+\n$/);
  });
});

describe('cli score', () => {
  it('prints the profile for an answers file', async () => {
    const { code, stdout, stderr } = await run(['score', 'answers.json'], {
      'answers.json': valid,
    });
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const profile = JSON.parse(stdout) as { fit: unknown; bank: unknown; form: string };
    expect(profile.bank).toEqual({ id: 'tiny', version: 3 });
    expect(profile.form).toBe('full');
  });

  it('reads standard input for -', async () => {
    const { code, stdout } = await run(['score', '-'], { '-': valid });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toHaveProperty('fit');
  });

  it('scores a partial answer set with lowered confidence', async () => {
    const { code, stdout } = await run(['score', 'a.json'], { 'a.json': valid });
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { confidence: { level: string } }).confidence.level).toBe('low');
  });

  it.each([
    ['a file that does not exist', 'missing.json', {}, 'missing.json: no such file'],
    ['a folder', 'a-folder', {}, 'a-folder: is a directory, not a file'],
    ['an empty file', 'a.json', { 'a.json': '' }, 'a.json: the file is empty'],
    [
      'a file that is not JSON',
      'a.json',
      { 'a.json': '{"answers": ' },
      /^a\.json: is not valid JSON \(.+\)$/,
    ],
    [
      'a file of the wrong shape',
      'a.json',
      { 'a.json': '{"tech-01": 4}' },
      /^a\.json: .*"tech-01"/,
    ],
    [
      'an unknown question id',
      'a.json',
      { 'a.json': '{"answers": {"tech-42": 4}}' },
      'a.json: question "tech-42" is not a question in this bank',
    ],
    [
      'a value out of range',
      'a.json',
      { 'a.json': '{"answers": {"tech-01": 6}}' },
      'a.json: question "tech-01" needs a whole number from 1 to 5, got 6',
    ],
    [
      'an unknown option',
      'a.json',
      { 'a.json': '{"answers": {"speed-1": "later"}}' },
      'a.json: question "speed-1" needs one of the option ids "tech", "joint", "product", got "later"',
    ],
    [
      'no answers at all',
      'a.json',
      { 'a.json': '{"answers": {}}' },
      'a.json: has no answers to score',
    ],
    ['bad standard input', '-', { '-': 'nope' }, /^stdin: is not valid JSON/],
  ])('exits 1 with one line on stderr for %s', async (_, path, files, expected) => {
    const { code, stdout, stderr } = await run(['score', path], files);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.endsWith('\n')).toBe(true);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr.trimEnd()).toMatch(
      typeof expected === 'string' ? new RegExp(`^${escape(expected)}$`) : expected,
    );
  });

  it('puts many problems on one line and counts the rest', async () => {
    const answers = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`nope-0${i}`, 1]));
    const { code, stderr } = await run(['score', 'a.json'], {
      'a.json': JSON.stringify({ answers }),
    });
    expect(code).toBe(1);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/; and 3 more\n$/);
  });
});

describe('cli report', () => {
  it('prints the Markdown summary of an answers file, dated today', async () => {
    const { code, stdout, stderr } = await run(['report', 'a.json', '--format', 'md'], {
      'a.json': valid,
    });
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^# Tiny test bank — your result\n\n2026-11-28 · full form · 3 of 17/);
    expect(stdout).toContain(
      '| Competency tech | 100 | 59–100 | 1 of 3 | essential | peripheral |',
    );
  });

  it('prints the CSV of the scores with CRLF line ends', async () => {
    const { code, stdout } = await run(['report', 'a.json', '--format=csv'], { 'a.json': valid });
    expect(code).toBe(0);
    const lines = stdout.split('\r\n');
    expect(lines[0]).toBe(
      'kind,id,name,score,answered,total,cto_importance,cpo_importance,level,range_low,range_high',
    );
    expect(lines).toHaveLength(1 + 2 + 5 + 3 + 1);
    expect(lines.at(-1)).toBe('');
  });

  it('prints a JSON export that imports back to the same answers and profile', async () => {
    const { code, stdout } = await run(
      ['report', '-', '--format', 'json', '--date', '2027-01-05'],
      {
        '-': valid,
      },
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ exportedAt: '2027-01-05', form: 'full' });
    const imported = decodeExportFile(tinyBank, stdout, SCORING_COPY, DECODER_COPY);
    const answers = { 'tech-01': 5, 'customer-01': 2, 'speed-1': 'tech' };
    expect(imported).toEqual({
      ok: true,
      value: {
        answers,
        form: 'full',
        profile: scoreAnswers(tinyBank, answers, SCORING_COPY),
        exportedAt: '2027-01-05',
        bank: tinyBank,
      },
    });
  });

  it.each(['md', 'csv', 'json'])(
    'writes the %s report to --out instead of printing it',
    async (format) => {
      const printed = await run(['report', 'a.json', '--format', format], { 'a.json': valid });
      const { code, stdout, stderr, written } = await run(
        ['report', '--out', `report.${format}`, 'a.json', '--format', format],
        { 'a.json': valid },
      );
      expect(code).toBe(0);
      expect(stdout).toBe('');
      expect(stderr).toBe('');
      expect(written).toEqual({ [`report.${format}`]: printed.stdout });
    },
  );

  it.each([
    [[], 'A4'],
    [['--page-size', 'letter'], 'Letter'],
  ])('writes a PDF to --out with the page size asked for (%j)', async (extra, size) => {
    const { code, stdout, stderr, written } = await run(
      ['report', 'a.json', '--format', 'pdf', '--out', 'role-fit-2026-11-28.pdf', ...extra],
      { 'a.json': valid },
    );
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toBe('');
    const pdf = written['role-fit-2026-11-28.pdf'];
    expect(pdf).toBeInstanceOf(Uint8Array);
    const head = new TextDecoder('latin1').decode(pdf as Uint8Array);
    expect(head.startsWith('%PDF-')).toBe(true);
    // A4 is 595.28 × 841.89 pt, Letter 612 × 792 pt.
    expect(head).toMatch(
      size === 'A4' ? /\/MediaBox \[0 0 595\.\d+ 841\.\d+\]/ : /\/MediaBox \[0 0 612\.? 792\.?\]/,
    );
  });

  it('exits 1 with one line on stderr when --out cannot be written', async () => {
    const { code, stderr } = await run(
      ['report', 'a.json', '--format', 'md', '--out', 'no-such-folder/r.md'],
      { 'a.json': valid },
    );
    expect(code).toBe(1);
    expect(stderr).toBe('no-such-folder/r.md: cannot be written (no such folder)\n');
  });

  it.each([
    ['a file that does not exist', 'missing.json', {}, 'missing.json: no such file\n'],
    [
      'a value out of range',
      'a.json',
      { 'a.json': '{"answers": {"tech-01": 6}}' },
      'a.json: question "tech-01" needs a whole number from 1 to 5, got 6\n',
    ],
    [
      'no answers at all',
      'a.json',
      { 'a.json': '{"answers": {}}' },
      'a.json: has no answers to score\n',
    ],
  ])('exits 1 with one line on stderr for %s', async (_, path, files, expected) => {
    const { code, stdout, stderr } = await run(['report', path, '--format', 'md'], files);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(expected);
  });

  it.each([
    [['report', 'a.json'], 'report needs --format md, csv, json or pdf'],
    [['report', '--format', 'md'], 'report takes one FILE (- for standard input)'],
    [
      ['report', 'a.json', 'b.json', '--format', 'md'],
      'report takes one FILE (- for standard input)',
    ],
    [
      ['report', 'a.json', '--format', 'pdf'],
      '--format pdf needs --out PATH, e.g. --out role-fit-2026-11-28.pdf (a PDF is not printed)',
    ],
    [
      ['report', 'a.json', '--format', 'pdf', '--out', 'r.pdf', '--page-size', 'a3'],
      '--page-size needs a4 or letter, got "a3"',
    ],
    [
      ['report', 'a.json', '--format', 'md', '--page-size', 'letter'],
      '--page-size is only for --format pdf',
    ],
    [['report', 'a.json', '--format', 'docx'], 'unknown format "docx": use md, csv, json or pdf'],
    [['report', 'a.json', '--format'], '--format needs a value'],
    [['report', 'a.json', '--format', 'md', '--format', 'csv'], '--format is given twice'],
    [['report', 'a.json', '--format', 'md', '--colour'], 'unknown option "--colour"'],
    [['report', 'a.json', '--format=md', '-c'], 'unknown option "-c"'],
    [['report', 'a.json', '--format='], '--format needs a value'],
    [
      ['report', 'a.json', '--format', 'md', '--date', '2026-02-30'],
      '--date needs a date such as 2026-11-28, got "2026-02-30"',
    ],
    [
      ['report', 'a.json', '--format', 'md', '--date', '28/11/2026'],
      '--date needs a date such as 2026-11-28, got "28/11/2026"',
    ],
  ])('exits 2 with usage for %j', async (args, problem) => {
    const { code, stdout, stderr } = await run(args, { 'a.json': valid });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toBe(problem);
    expect(stderr).toContain('Usage:');
  });
});

describe('cli usage', () => {
  it.each([[[]], [['fly']], [['score']], [['score', 'a', 'b']], [['bank', 'extra']]])(
    'exits 2 with usage for %j',
    async (args) => {
      const { code, stderr } = await run(args);
      expect(code).toBe(2);
      expect(stderr).toContain('Usage:');
    },
  );

  it('prints usage on help', async () => {
    const { code, stdout } = await run(['help']);
    expect(code).toBe(0);
    expect(stdout).toContain('npm run -s cli -- score FILE');
    expect(stdout).toContain('npm run -s cli -- report FILE --format md|csv|json');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
