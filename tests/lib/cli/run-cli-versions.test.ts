import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { DECODER_COPY } from '@/lib/codecs/decoder-copy';
import { loadBank, loadBankVersion } from '@/lib/bank/load-bank';
import type { QuestionBank } from '@/lib/bank/schema';
import { decodeExportFile } from '@/lib/export/decode-export-file';
import { scoreAnswers, type FitProfile } from '@/lib/scoring';

import { jsonLines, runInMemory } from './run-in-memory';
import { SCORING_COPY } from '@/lib/scoring/scoring-copy';

// Answer sets and an export made by the released code of bank version 1, with the figures its
// command line printed for them: see tests/fixtures/v1/README.md.
const dir = join(__dirname, '../../fixtures/v1');
const read = (file: string) => readFileSync(join(dir, file), 'utf8');
const figures = (
  JSON.parse(read('figures.json')) as {
    figures: Record<
      string,
      { fit: FitProfile['fit']; verdict: { kind: string }; answered: number; total: number }
    >;
  }
).figures;
const current = loadBank();
const v1 = loadBankVersion(1) as QuestionBank;
const stamped = (name: string) => {
  const file = JSON.parse(read(`answers-${name}.json`)) as Record<string, unknown>;
  return JSON.stringify({ ...file, bank: { id: 'role-fit', version: 1 } });
};

const files: Record<string, string> = {
  'cto-v1.json': stamped('platform-cto'),
  'lead-v1.json': stamped('product-lead-short'),
  'export-v1.json': read('export-data-engineer.json'),
  'unstamped.json': JSON.stringify({
    answers: Object.fromEntries(
      current.questions.slice(0, 20).map((q) => [q.id, q.type === 'likert' ? 4 : q.options[0]!.id]),
    ),
  }),
  'newer.json': JSON.stringify({ bank: { id: 'role-fit', version: 9 }, answers: {} }),
};

/** Runs the CLI against the real banks with in-memory files, on 28 November 2026. */
const run = (args: string[]) => runInMemory(args, files);

describe('cli with results of an earlier bank version', () => {
  it('scores an answers file stamped with version 1 as the released version printed it', async () => {
    const { code, stdout } = await run(['score', 'cto-v1.json']);
    expect(code).toBe(0);
    const profile = JSON.parse(stdout) as FitProfile;
    expect(profile.bank).toEqual({ id: 'role-fit', version: 1 });
    expect(profile.fit).toEqual(figures['platform-cto']?.fit);
    expect(profile.verdict.kind).toBe(figures['platform-cto']?.verdict.kind);
  });

  it('scores a version 1 export file with version 1', async () => {
    const { code, stdout } = await run(['score', 'export-v1.json']);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as FitProfile).fit).toEqual(figures['data-engineer']?.fit);
  });

  it('scores an answers file without a stamp with the current version', async () => {
    const { code, stdout } = await run(['score', 'unstamped.json']);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as FitProfile).bank.version).toBe(current.version);
  });

  it('says a file of a newer version cannot be scored here', async () => {
    const { code, stderr } = await run(['score', 'newer.json']);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^newer\.json: bank: the file was made with a newer version of the quiz/,
    );
  });

  it('writes a JSON export of a version 1 file that stays version 1', async () => {
    const { code, stdout } = await run(['report', 'lead-v1.json', '--format', 'json']);
    expect(code).toBe(0);
    const imported = decodeExportFile(loadBankVersion, stdout, SCORING_COPY, DECODER_COPY);
    expect(imported.ok && imported.value.bank).toBe(v1);
    expect(imported.ok && imported.value.profile.fit).toEqual(figures['product-lead-short']?.fit);
  });

  it('scores batch lines each with the version it names', async () => {
    files['batch.jsonl'] = [stamped('platform-cto'), files['unstamped.json']].join('\n');
    const { code, stdout } = await run(['score', '--batch', 'batch.jsonl']);
    expect(code).toBe(0);
    const profiles = jsonLines<FitProfile>(stdout);
    expect(profiles.map((p) => p.bank.version)).toEqual([1, current.version]);
    expect(profiles[0]?.fit).toEqual(figures['platform-cto']?.fit);
  });

  it('compares two people who took different versions, each scored by their own', async () => {
    const { code, stdout } = await run(
      'compare lead-v1.json unstamped.json --format md'.split(' '),
    );
    expect(code).toBe(0);
    const lead = figures['product-lead-short'];
    const other = scoreAnswers(
      current,
      JSON.parse(files['unstamped.json'] ?? '').answers,
      SCORING_COPY,
    );
    expect(stdout).toContain(`| CTO fit | ${lead?.fit.cto} / 100`);
    expect(stdout).toContain(`| CPO fit | ${lead?.fit.cpo} / 100`);
    expect(stdout).toContain(
      `| Answered | ${lead?.answered} of ${lead?.total}, short form | ${other.answered} of ${other.total}, full form |`,
    );
  });
});
