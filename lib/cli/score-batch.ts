import type { QuestionBank } from '@/lib/bank/schema';
import { decodeAnswersFile } from '@/lib/codecs/answers-file';
import type { DecoderCopy } from '@/lib/codecs/decoder-copy-schema';
import { scoreAnswers } from '@/lib/scoring';
import type { BankSource } from '@/lib/versions/bank-lookup';

import { summariseProblems } from './summarise-problems';
import { SCORING_COPY } from '@/lib/scoring/scoring-copy';

/** What scoring a JSON Lines batch produced: one output line per answer line, and how many were bad. */
export interface BatchResult {
  readonly lines: readonly string[];
  readonly bad: number;
}

/**
 * Scores a JSON Lines batch: each line an answers file (`{"answers": …, "form"?: …}`), each
 * scored by the bank of its own version. Writes one profile per line, in the same order; a bad
 * line becomes `{"error": "line N: …"}` and the rest are still scored. Blank lines (only
 * whitespace) are skipped and write nothing, so a trailing newline or a spacer line is harmless;
 * N is always the line's number in the input. Problems are said in `words`.
 */
export function scoreBatch(
  source: BankSource<QuestionBank>,
  text: string,
  words: DecoderCopy,
): BatchResult {
  const lines: string[] = [];
  let bad = 0;
  text.split('\n').forEach((raw, i) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') return;
    const problem = (message: string) => {
      bad += 1;
      lines.push(JSON.stringify({ error: `line ${i + 1}: ${message}` }));
    };
    const file = decodeAnswersFile(source, line, words);
    if (!file.ok) return problem(summariseProblems(file.problems));
    const { answers, form, bank } = file.value;
    if (Object.keys(answers).length === 0) return problem('has no answers to score');
    lines.push(JSON.stringify(scoreAnswers(bank, answers, SCORING_COPY, { form })));
  });
  return { lines, bad };
}
