import type { QuestionBank } from '@/lib/bank/schema';
import type { AnswersFile } from '@/lib/codecs/answers-file';
import type { PairingContent } from '@/lib/compare';
import { loadPairing, PairingValidationError } from '@/lib/compare/load-pairing';
import type { BankLookup } from '@/lib/versions/bank-lookup';

import type { CliIo } from './cli-io';
import { readAnswersFile } from './files';

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
    const file = await readAnswersFile(io, banks, path);
    if (!file) return null;
    people.push({ ...file, name: names[i] ?? '' });
  }
  return people as unknown as { readonly [K in keyof Files]: NamedAnswers };
}

/**
 * What a reading of several people needs: the pairing content, then each answers file with its
 * name; null after saying on stderr what could not be read.
 */
export async function readGroup<Files extends readonly string[]>(
  io: CliIo,
  { bank, banks }: { readonly bank: QuestionBank; readonly banks: BankLookup<QuestionBank> },
  files: Files,
  names: readonly string[],
): Promise<{
  readonly content: PairingContent;
  readonly people: { readonly [K in keyof Files]: NamedAnswers };
} | null> {
  const content = readPairing(io, bank);
  if (!content) return null;
  const people = await readNamedAnswers(io, banks, files, names);
  return people && { content, people };
}
