import { loadBank, loadBankVersion } from '@/lib/bank/load-bank';
import { BankValidationError } from '@/lib/bank/parse-bank';
import type { QuestionBank } from '@/lib/bank/schema';
import { withCurrent } from '@/lib/versions/bank-lookup';

import { bankCommand } from './bank-command';
import type { CliIo, Command } from './cli-io';
import { compareCommand } from './compare-command';
import { reportCommand } from './report-command';
import { scoreCommand } from './score-command';
import { teamCommand } from './team-command';
import { USAGE, usageError } from './usage';

export type { CliIo } from './cli-io';
export { USAGE } from './usage';

type Runner = (args: readonly string[], io: CliIo, getBank: () => QuestionBank) => Promise<number>;

/** Reads the command's arguments first, so a usage problem is named before the bank is loaded. */
function runner<Args>(command: Command<Args>): Runner {
  return async (args, io, getBank) => {
    const parsed = command.parse(args);
    if (typeof parsed === 'string') return usageError(io, parsed);
    let bank: QuestionBank;
    try {
      bank = getBank();
    } catch (error) {
      if (!(error instanceof BankValidationError)) throw error;
      io.stderr(`questions/: the question bank is invalid: ${error.problems.join('; ')}\n`);
      return 1;
    }
    return command.run({ io, bank, banks: withCurrent(bank, loadBankVersion) }, parsed);
  };
}

const COMMANDS: Readonly<Record<string, Runner>> = {
  bank: runner(bankCommand),
  score: runner(scoreCommand),
  report: runner(reportCommand),
  compare: runner(compareCommand),
  team: runner(teamCommand),
};

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
  const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (run === undefined) return usageError(io, `unknown command "${command}"`);
  return run(rest, io, getBank);
}
