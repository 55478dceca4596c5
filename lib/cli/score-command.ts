import { DECODER_COPY } from '@/lib/codecs/decoder-copy';
import { scoreAnswers } from '@/lib/scoring';

import type { Command } from './cli-io';
import { parseCommandArgs } from './command-args';
import { readAnswersFile, readInput } from './files';
import { scoreBatch } from './score-batch';
import { SCORING_COPY } from '@/lib/scoring/scoring-copy';

/** `score FILE`, or `score --batch FILE` for JSON Lines. */
export interface ScoreArgs {
  readonly file: string;
  readonly batch: boolean;
}

const BATCH_PROBLEM = 'score --batch takes one FILE of JSON Lines (- for standard input)';

/** `score FILE` prints the profile of one answers file; `--batch` scores one a line. */
export const scoreCommand: Command<ScoreArgs> = {
  parse(args) {
    const parsed = parseCommandArgs(args, ['batch']);
    if (args.some((arg) => arg === '--batch' || arg.startsWith('--batch='))) {
      const file = typeof parsed === 'string' ? undefined : parsed.options.get('batch');
      if (file === undefined || typeof parsed === 'string' || parsed.files.length > 0) {
        return BATCH_PROBLEM;
      }
      return { file, batch: true };
    }
    if (typeof parsed === 'string') return parsed;
    const [file] = parsed.files;
    if (file === undefined || parsed.files.length > 1) {
      return 'score takes one FILE (- for standard input)';
    }
    return { file, batch: false };
  },

  async run({ io, banks }, { file, batch }) {
    if (batch) {
      // Scores a JSON Lines file line by line: exit 1 when it cannot be read or any line was bad.
      const text = await readInput(io, file);
      if (text === null) return 1;
      const { lines, bad } = scoreBatch(banks, text, DECODER_COPY);
      io.stdout(lines.map((line) => `${line}\n`).join(''));
      if (bad > 0) io.stderr(`${bad} of ${lines.length} lines could not be scored\n`);
      return bad > 0 ? 1 : 0;
    }
    const answers = await readAnswersFile(io, banks, file, DECODER_COPY);
    if (!answers) return 1;
    const profile = scoreAnswers(answers.bank, answers.answers, SCORING_COPY, {
      form: answers.form,
    });
    io.stdout(`${JSON.stringify(profile, null, 2)}\n`);
    return 0;
  },
};
