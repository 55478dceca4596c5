import type { CliIo } from './cli-io';

export const USAGE = `Usage:
  npm run -s cli -- bank [--lang en|es|de]
                                  print the validated question bank as JSON, in English unless --lang
  npm run -s cli -- score FILE    score an answers file (- for standard input) and print the profile as JSON
  npm run -s cli -- score --batch FILE
                                  score JSON Lines (- for standard input), one answers file a line:
                                  one profile a line, in the same order; a bad line prints
                                  {"error": "line N: …"} and the exit status is 1; blank lines are skipped
  npm run -s cli -- report FILE --format md|csv|json [--out PATH] [--date YYYY-MM-DD] [--lang en|es|de]
                                  a result summary of an answers file: Markdown, CSV of the scores,
                                  or a JSON export the quiz can import; printed, or written to PATH;
                                  dated today unless --date is given; in English unless --lang
                                  (the same scores in every language)
  npm run -s cli -- report FILE --format pdf --out role-fit-YYYY-MM-DD.pdf [--page-size a4|letter]
                                  the same report as a PDF (A4 unless --page-size letter), written to PATH;
                                  --lang as above
  npm run -s cli -- compare FILE FILE --format md|pdf [--names "Alex,Sam"] [--out PATH] [--date YYYY-MM-DD] [--lang en|es|de]
                                  compare two answers files as a pair, tension by tension: Markdown
                                  (printed, or written to PATH) or a PDF (needs --out; --page-size as above);
                                  in English unless --lang (the same scores in every language)
  npm run -s cli -- team FILE FILE FILE… --format md|pdf|json [--names "Ana,Ben,Chi"] [--out PATH] [--lang en|es|de]
                                  map a team of 3 to 12 answers files, one per member: the grid,
                                  the seats and the tensions as Markdown or JSON (printed, or
                                  written to PATH) or a PDF (needs --out); members without a name
                                  are numbered; in English unless --lang (the same figures in every language)

An answers file looks like {"answers": {"tech-strategy-01": 4, "scenario-speed-quality-1": "<option id>"}}
and may say "form": "short" when the short form was taken, and "bank": {"id": "role-fit", "version": 1}
when it was answered with an earlier version of the questions, which then scores it. A JSON export of
the quiz is read as an answers file too.`;

/** Says what is wrong with the command line, then how to use it; resolves to exit code 2. */
export function usageError(io: CliIo, problem: string): number {
  io.stderr(`${problem}\n${USAGE}\n`);
  return 2;
}
