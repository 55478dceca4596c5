import type { QuestionBank } from '@/lib/bank/schema';
import { decodeAnswersFile, type AnswersFile } from '@/lib/codecs/answers-file';
import type { DecoderCopy } from '@/lib/codecs/decoder-copy-schema';
import type { BankLookup } from '@/lib/versions/bank-lookup';

import type { CliIo } from './cli-io';
import { summariseProblems } from './summarise-problems';

/** Reads a file (or standard input for `-`), or says on stderr why it cannot. */
export async function readInput(io: CliIo, path: string): Promise<string | null> {
  try {
    return await io.readText(path);
  } catch (error) {
    io.stderr(`${inputName(path)}: ${describeFileError(error, 'read')}\n`);
    return null;
  }
}

/** Reads and decodes an answers file, or says on stderr why it cannot, in `words`. */
export async function readAnswersFile(
  io: CliIo,
  banks: BankLookup<QuestionBank>,
  path: string,
  words: DecoderCopy,
): Promise<AnswersFile | null> {
  const text = await readInput(io, path);
  if (text === null) return null;
  const name = inputName(path);
  const file = decodeAnswersFile(banks, text, words);
  if (!file.ok) {
    io.stderr(`${name}: ${summariseProblems(file.problems)}\n`);
    return null;
  }
  if (Object.keys(file.value.answers).length === 0) {
    io.stderr(`${name}: has no answers to score\n`);
    return null;
  }
  return file.value;
}

/** Prints text, or writes it (or a PDF) to `out`; the argument parsers refuse a PDF without `--out`. */
export async function deliver(
  io: CliIo,
  out: string | null,
  contents: string | Uint8Array,
): Promise<number> {
  if (out === null) {
    io.stdout(String(contents));
    return 0;
  }
  try {
    await io.writeText(out, contents);
  } catch (error) {
    io.stderr(`${out}: ${describeFileError(error, 'written')}\n`);
    return 1;
  }
  return 0;
}

function inputName(path: string): string {
  return path === '-' ? 'stdin' : path;
}

/** A Node file error in words: "no such file", "cannot be written (permission denied)", … */
function describeFileError(error: unknown, access: 'read' | 'written'): string {
  const code = (error as { code?: unknown } | null)?.code;
  const cannot = `cannot be ${access}`;
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'ENOENT') return access === 'read' ? 'no such file' : `${cannot} (no such folder)`;
  if (code === 'EACCES') return `${cannot} (permission denied)`;
  return `${cannot} (${error instanceof Error ? error.message : String(error)})`;
}
