import type { QuestionBank } from '@/lib/bank/schema';
import type { AnswersFile } from '@/lib/codecs/answers-file';
import { DECODER_COPY } from '@/lib/codecs/decoder-copy';
import type { PairingContent } from '@/lib/compare';
import { loadPairing, PairingValidationError } from '@/lib/compare/load-pairing';
import type { BankLookup } from '@/lib/versions/bank-lookup';

import type { CliIo, CommandContext } from './cli-io';
import type { OutputOptions } from './command-args';
import { deliver, readAnswersFile } from './files';

/** An answers file with the name its person goes by. */
export type NamedAnswers = AnswersFile & { readonly name: string };

/** The pairing content that reads several people together, or null after saying on stderr why it is invalid. */
function readPairing(io: CliIo, bank: QuestionBank): PairingContent | null {
  try {
    return loadPairing(bank);
  } catch (error) {
    if (!(error instanceof PairingValidationError)) throw error;
    io.stderr(
      `questions/pairing.json: the pairing content is invalid: ${error.problems.join('; ')}\n`,
    );
    return null;
  }
}

/**
 * Reads the answers files in order, each with the name at its place (or ""), stopping at the
 * first that cannot be read, which it names on stderr.
 */
async function readNamedAnswers<Files extends readonly string[]>(
  io: CliIo,
  banks: BankLookup<QuestionBank>,
  files: Files,
  names: readonly string[],
): Promise<{ readonly [K in keyof Files]: NamedAnswers } | null> {
  const people: NamedAnswers[] = [];
  for (const [i, path] of files.entries()) {
    const file = await readAnswersFile(io, banks, path, DECODER_COPY);
    if (!file) return null;
    people.push({ ...file, name: names[i] ?? '' });
  }
  return people as unknown as { readonly [K in keyof Files]: NamedAnswers };
}

/** A group as read for a reading of several people, with the date it is read on. */
export interface Group<Files extends readonly string[]> {
  readonly content: PairingContent;
  readonly people: { readonly [K in keyof Files]: NamedAnswers };
  readonly date: string;
}

/**
 * Runs a reading of several people: reads the pairing content, then each answers file with its
 * name, renders them dated `--date` or today, and delivers what `render` made. Exits 1 after
 * saying on stderr what could not be read.
 */
export async function runGroup<Files extends readonly string[]>(
  { io, bank, banks }: CommandContext,
  args: OutputOptions & { readonly files: Files; readonly names: readonly string[] },
  render: (group: Group<Files>) => string | Uint8Array,
): Promise<number> {
  const content = readPairing(io, bank);
  if (!content) return 1;
  const people = await readNamedAnswers(io, banks, args.files, args.names);
  if (!people) return 1;
  return deliver(io, args.out, render({ content, people, date: args.date ?? io.today() }));
}
