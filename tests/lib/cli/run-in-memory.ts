import { loadBank } from '@/lib/bank/load-bank';
import type { QuestionBank } from '@/lib/bank/schema';
import { runCli, type CliIo } from '@/lib/cli/run-cli';

/** What one run of the command line did: its exit code, what it printed and the files it wrote. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly written: Record<string, string | Uint8Array>;
}

const fileError = (code: string, message: string) => Object.assign(new Error(message), { code });

/**
 * Runs the command line on 28 November 2026 with in-memory files, against `getBank` (the real
 * bank unless given). Standard input (`-`) is empty unless given; `a-folder` reads as a folder,
 * `no-such-folder/…` cannot be written, and any other file not given does not exist.
 */
export async function runInMemory(
  args: readonly string[],
  files: Readonly<Record<string, string>> = {},
  getBank: () => QuestionBank = loadBank,
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const written: Record<string, string | Uint8Array> = {};
  const io: CliIo = {
    readText: async (path) => {
      const text = files[path] ?? (path === '-' ? '' : undefined);
      if (text !== undefined) return text;
      if (path === 'a-folder') throw fileError('EISDIR', 'EISDIR');
      throw fileError('ENOENT', `ENOENT: no such file, open '${path}'`);
    },
    writeText: async (path, contents) => {
      if (path.startsWith('no-such-folder/')) {
        throw fileError('ENOENT', `ENOENT: no such file or directory, open '${path}'`);
      }
      written[path] = contents;
    },
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    today: () => '2026-11-28',
  };
  const code = await runCli(args, io, getBank);
  return { code, stdout, stderr, written };
}

/** Each line of a JSON Lines output, parsed. */
export function jsonLines<T = Record<string, unknown>>(stdout: string): T[] {
  return stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as T);
}
