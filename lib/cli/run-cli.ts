import { loadBank } from '@/lib/bank/load-bank';
import { BankValidationError } from '@/lib/bank/parse-bank';
import type { QuestionBank } from '@/lib/bank/schema';
import { decodeAnswersFile } from '@/lib/codecs/answers-file';
import { scoreAnswers } from '@/lib/scoring';

/** What the command line may do to the outside world; injected so tests need no processes. */
export interface CliIo {
  /** Reads a file, or standard input for `-`; rejects with a Node-style error. */
  readText(path: string): Promise<string>;
  stdout(text: string): void;
  stderr(text: string): void;
}

export const USAGE = `Usage:
  npm run -s cli -- bank          print the validated question bank as JSON
  npm run -s cli -- score FILE    score an answers file (- for standard input) and print the profile as JSON

An answers file looks like {"answers": {"tech-strategy-01": 4, "scenario-speed-quality-1": "<option id>"}}
and may say "form": "short" when the short form was taken.`;

/** Runs the command line and resolves to its exit code: 0 done, 1 bad input, 2 bad usage. */
export async function runCli(
  args: readonly string[],
  io: CliIo,
  getBank: () => QuestionBank = loadBank,
): Promise<number> {
  const [command, ...rest] = args;
  if (command === 'help' || command === '--help' || command === '-h') {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (command === undefined) return usageError(io, 'no command given');
  if (command !== 'bank' && command !== 'score')
    return usageError(io, `unknown command "${command}"`);
  if (command === 'bank' && rest.length !== 0) return usageError(io, 'bank takes no arguments');
  if (command === 'score' && rest.length !== 1) {
    return usageError(io, 'score takes one FILE (- for standard input)');
  }

  let bank: QuestionBank;
  try {
    bank = getBank();
  } catch (error) {
    if (!(error instanceof BankValidationError)) throw error;
    io.stderr(`questions/: the question bank is invalid: ${error.problems.join('; ')}\n`);
    return 1;
  }

  if (command === 'bank') {
    io.stdout(`${JSON.stringify(bank, null, 2)}\n`);
    return 0;
  }

  const path = rest[0] ?? '-';
  const name = path === '-' ? 'stdin' : path;
  let text: string;
  try {
    text = await io.readText(path);
  } catch (error) {
    io.stderr(`${name}: ${describeReadError(error)}\n`);
    return 1;
  }

  const file = decodeAnswersFile(bank, text);
  if (!file.ok) {
    io.stderr(`${name}: ${summariseProblems(file.problems)}\n`);
    return 1;
  }
  if (Object.keys(file.value.answers).length === 0) {
    io.stderr(`${name}: has no answers to score\n`);
    return 1;
  }
  const profile = scoreAnswers(bank, file.value.answers, { form: file.value.form });
  io.stdout(`${JSON.stringify(profile, null, 2)}\n`);
  return 0;
}

const SHOWN_PROBLEMS = 5;

/** All problems on one line, so that scripts can read the first line of stderr. */
function summariseProblems(problems: readonly string[]): string {
  const shown = problems.slice(0, SHOWN_PROBLEMS).join('; ');
  const more = problems.length - SHOWN_PROBLEMS;
  return more > 0 ? `${shown}; and ${more} more` : shown;
}

function describeReadError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'EACCES') return 'cannot be read (permission denied)';
  return `cannot be read (${error instanceof Error ? error.message : String(error)})`;
}

function usageError(io: CliIo, problem: string): number {
  io.stderr(`${problem}\n${USAGE}\n`);
  return 2;
}
