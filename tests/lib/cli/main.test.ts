import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { loadBank } from '@/lib/bank/load-bank';
import { scoreAnswers } from '@/lib/scoring';
import { SCORING_COPY } from '@/lib/scoring/scoring-copy';

// The real command, as a person runs it: one process per case, so only the cases that need it.
const cli = (args: string[], input?: string) =>
  spawnSync('npx', ['tsx', 'lib/cli/main.ts', ...args], {
    encoding: 'utf8',
    input,
    timeout: 60_000,
  });

describe('the cli command', () => {
  it('prints the same profile the engine computes, without a stack trace on bad input', () => {
    const bank = loadBank();
    const answers = Object.fromEntries(
      bank.questions.map((q, i) => [
        q.id,
        q.type === 'likert' ? (i % 5) + 1 : (q.options[i % q.options.length]?.id ?? ''),
      ]),
    );
    const dir = mkdtempSync(join(tmpdir(), 'role-fit-cli-'));
    const file = join(dir, 'answers.json');
    writeFileSync(file, JSON.stringify({ answers }));

    const printed = JSON.parse(
      execFileSync('npx', ['tsx', 'lib/cli/main.ts', 'score', file], { encoding: 'utf8' }),
    ) as unknown;
    expect(printed).toEqual(JSON.parse(JSON.stringify(scoreAnswers(bank, answers, SCORING_COPY))));

    const bad = cli(['score', '-'], '{"answers": {"tech-strategy-01": 7}}');
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe(
      'stdin: question "tech-strategy-01" needs a whole number from 1 to 5, got 7\n',
    );
  }, 60_000);
});
