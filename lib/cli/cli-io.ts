import type { QuestionBank } from '@/lib/bank/schema';
import type { BankLookup } from '@/lib/versions/bank-lookup';

/** What the command line may do to the outside world; injected so tests need no processes. */
export interface CliIo {
  /** Reads a file, or standard input for `-`; rejects with a Node-style error. */
  readText(path: string): Promise<string>;
  /** Writes a whole file, text as UTF-8; rejects with a Node-style error. */
  writeText(path: string, contents: string | Uint8Array): Promise<void>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Today's date as YYYY-MM-DD, read here so that `lib` below the command line reads no clock. */
  today(): string;
}

/** What every command runs with: the outside world, the current bank and every released one. */
export interface CommandContext {
  readonly io: CliIo;
  readonly bank: QuestionBank;
  /** Files stamped with an earlier bank version are read and scored with that version's bank. */
  readonly banks: BankLookup<QuestionBank>;
}

/** A command of the command line: its arguments read first, then run once the bank has loaded. */
export interface Command<Args> {
  /** The command's arguments, or the usage problem with them as one line. */
  readonly parse: (args: readonly string[]) => Args | string;
  /** Runs the command and resolves to its exit code: 0 done, 1 bad input. */
  readonly run: (context: CommandContext, args: Args) => Promise<number>;
}
