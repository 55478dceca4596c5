import { runCli, type CliIo } from '@/lib/cli/run-cli';
import { parseBank } from '@/lib/bank/parse-bank';
import { tinyBank, tinyBankContent } from '@/tests/fixtures/tiny-bank';

/** Runs the CLI against the tiny bank with in-memory files. */
async function run(args: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    readText: async (path) => {
      if (path === '-') return files['-'] ?? '';
      if (path in files) return files[path] as string;
      if (path === 'a-folder') throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
      throw Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: 'ENOENT' });
    },
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
  };
  const code = await runCli(args, io, () => tinyBank);
  return { code, stdout, stderr };
}

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
    let stderr = '';
    const code = await runCli(
      ['bank'],
      { readText: async () => '', stdout: () => {}, stderr: (t) => void (stderr += t) },
      () => parseBank({ ...tinyBankContent, version: 0 }),
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
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
