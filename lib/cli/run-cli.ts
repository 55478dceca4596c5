import { loadBank, loadBankVersion } from '@/lib/bank/load-bank';
import { BankValidationError } from '@/lib/bank/parse-bank';
import type { QuestionBank } from '@/lib/bank/schema';
import { decodeAnswersFile, type AnswersFile } from '@/lib/codecs/answers-file';
import { cleanName, DEFAULT_NAMES } from '@/lib/codecs/compare-code';
import type { PairingContent } from '@/lib/compare';
import { loadPairing, PairingValidationError } from '@/lib/compare/load-pairing';
import {
  buildCompareSummary,
  buildSummary,
  renderCompareMarkdown,
  renderCsv,
  renderJson,
  renderMarkdown,
} from '@/lib/export';
import { renderComparePdf } from '@/lib/export/render-compare-pdf';
import { renderPdf } from '@/lib/export/render-pdf';
import { scoreAnswers } from '@/lib/scoring';
import { withCurrent, type BankLookup } from '@/lib/versions/bank-lookup';

import { scoreBatch } from './score-batch';

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

export const USAGE = `Usage:
  npm run -s cli -- bank          print the validated question bank as JSON
  npm run -s cli -- score FILE    score an answers file (- for standard input) and print the profile as JSON
  npm run -s cli -- score --batch FILE
                                  score JSON Lines (- for standard input), one answers file a line:
                                  one profile a line, in the same order; a bad line prints
                                  {"error": "line N: …"} and the exit status is 1; blank lines are skipped
  npm run -s cli -- report FILE --format md|csv|json [--out PATH] [--date YYYY-MM-DD]
                                  a result summary of an answers file: Markdown, CSV of the scores,
                                  or a JSON export the quiz can import; printed, or written to PATH;
                                  dated today unless --date is given
  npm run -s cli -- report FILE --format pdf --out role-fit-YYYY-MM-DD.pdf [--page-size a4|letter]
                                  the same report as a PDF (A4 unless --page-size letter), written to PATH
  npm run -s cli -- compare FILE FILE --format md|pdf [--names "Alex,Sam"] [--out PATH] [--date YYYY-MM-DD]
                                  compare two answers files as a pair, tension by tension: Markdown
                                  (printed, or written to PATH) or a PDF (needs --out; --page-size as above)

An answers file looks like {"answers": {"tech-strategy-01": 4, "scenario-speed-quality-1": "<option id>"}}
and may say "form": "short" when the short form was taken, and "bank": {"id": "role-fit", "version": 1}
when it was answered with an earlier version of the questions, which then scores it. A JSON export of
the quiz is read as an answers file too.`;

const RENDERERS = {
  md: (summary) => renderMarkdown(summary),
  csv: (summary) => renderCsv(summary),
  json: renderJson,
} satisfies Record<string, typeof renderJson>;

type ReportFormat = keyof typeof RENDERERS | 'pdf';

const PAGE_SIZES = ['a4', 'letter'] as const;
type PageSize = (typeof PAGE_SIZES)[number];

interface ReportArgs {
  readonly file: string;
  readonly format: ReportFormat;
  readonly out: string | null;
  readonly date: string | null;
  readonly pageSize: PageSize;
}

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
  if (command !== 'bank' && command !== 'score' && command !== 'report' && command !== 'compare')
    return usageError(io, `unknown command "${command}"`);
  if (command === 'bank' && rest.length !== 0) return usageError(io, 'bank takes no arguments');
  const batch = command === 'score' && (rest[0] === '--batch' || rest[0]?.startsWith('--batch='));
  const batchFile = rest[0]?.startsWith('--batch=') ? rest[0].slice('--batch='.length) : rest[1];
  if (
    batch &&
    (batchFile === undefined || batchFile === '' || rest.length !== (rest[0] === '--batch' ? 2 : 1))
  ) {
    return usageError(io, 'score --batch takes one FILE of JSON Lines (- for standard input)');
  }
  if (command === 'score' && !batch && rest.length !== 1) {
    return usageError(io, 'score takes one FILE (- for standard input)');
  }
  let report: ReportArgs | null = null;
  if (command === 'report') {
    const parsed = parseReportArgs(rest);
    if (typeof parsed === 'string') return usageError(io, parsed);
    report = parsed;
  }
  let compare: CompareArgs | null = null;
  if (command === 'compare') {
    const parsed = parseCompareArgs(rest);
    if (typeof parsed === 'string') return usageError(io, parsed);
    compare = parsed;
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

  // Files stamped with an earlier bank version are read and scored with that version's bank.
  const banks = withCurrent(bank, loadBankVersion);
  if (compare) return runCompare(io, bank, banks, compare);
  if (batch) return runBatch(io, banks, batchFile ?? '-');

  const file = await readAnswersFile(io, banks, report?.file ?? rest[0] ?? '-');
  if (!file) return 1;

  if (!report) {
    const profile = scoreAnswers(file.bank, file.answers, { form: file.form });
    io.stdout(`${JSON.stringify(profile, null, 2)}\n`);
    return 0;
  }

  const summary = buildSummary(file.bank, file.answers, file.form, {
    date: report.date ?? io.today(),
  });
  const contents =
    report.format === 'pdf'
      ? renderPdf(summary, { pageSize: report.pageSize })
      : RENDERERS[report.format](summary, file.answers);
  return deliver(io, report.out, contents);
}

/** Prints text, or writes it (or a PDF) to `out`; the argument parsers refuse a PDF without `--out`. */
async function deliver(
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
    io.stderr(`${out}: ${describeWriteError(error)}\n`);
    return 1;
  }
  return 0;
}

/** Scores a JSON Lines file line by line: exit 1 when it cannot be read or any line was bad. */
async function runBatch(io: CliIo, banks: BankLookup<QuestionBank>, path: string): Promise<number> {
  let text: string;
  try {
    text = await io.readText(path);
  } catch (error) {
    io.stderr(`${path === '-' ? 'stdin' : path}: ${describeReadError(error)}\n`);
    return 1;
  }
  const { lines, bad } = scoreBatch(banks, text);
  io.stdout(lines.map((line) => `${line}\n`).join(''));
  if (bad > 0) io.stderr(`${bad} of ${lines.length} lines could not be scored\n`);
  return bad > 0 ? 1 : 0;
}

/** Reads both answers files and writes their comparison. */
async function runCompare(
  io: CliIo,
  bank: QuestionBank,
  banks: BankLookup<QuestionBank>,
  args: CompareArgs,
): Promise<number> {
  let content: PairingContent;
  try {
    content = loadPairing(bank);
  } catch (error) {
    if (!(error instanceof PairingValidationError)) throw error;
    io.stderr(
      `questions/pairing.json: the pairing content is invalid: ${error.problems.join('; ')}\n`,
    );
    return 1;
  }
  const first = await readAnswersFile(io, banks, args.files[0]);
  if (!first) return 1;
  const second = await readAnswersFile(io, banks, args.files[1]);
  if (!second) return 1;
  const summary = buildCompareSummary(
    bank,
    content,
    [
      { ...first, name: args.names[0] },
      { ...second, name: args.names[1] },
    ],
    { date: args.date ?? io.today() },
  );
  return deliver(
    io,
    args.out,
    args.format === 'pdf'
      ? renderComparePdf(summary, { pageSize: args.pageSize })
      : renderCompareMarkdown(summary),
  );
}

/** Reads and decodes an answers file, or says on stderr why it cannot. */
async function readAnswersFile(
  io: CliIo,
  banks: BankLookup<QuestionBank>,
  path: string,
): Promise<AnswersFile | null> {
  const name = path === '-' ? 'stdin' : path;
  let text: string;
  try {
    text = await io.readText(path);
  } catch (error) {
    io.stderr(`${name}: ${describeReadError(error)}\n`);
    return null;
  }

  const file = decodeAnswersFile(banks, text);
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

const REPORT_OPTIONS = ['--format', '--out', '--date', '--page-size'] as const;
const COMPARE_OPTIONS = [...REPORT_OPTIONS, '--names'] as const;

interface CompareArgs {
  readonly files: readonly [string, string];
  readonly format: 'md' | 'pdf';
  readonly out: string | null;
  readonly date: string | null;
  readonly pageSize: PageSize;
  readonly names: readonly [string, string];
}

/** The files and `--name value` (or `--name=value`) options, or the usage problem with them. */
function splitArgs(
  args: readonly string[],
  allowed: readonly string[],
): { files: string[]; options: Map<string, string> } | string {
  const files: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = equals < 0 ? arg : arg.slice(0, equals);
    if (!allowed.includes(name)) return `unknown option "${name}"`;
    if (options.has(name)) return `${name} is given twice`;
    const value = equals < 0 ? args[++i] : arg.slice(equals + 1);
    if (value === undefined || value === '') return `${name} needs a value`;
    options.set(name, value);
  }
  return { files, options };
}

/** `--out`, `--page-size` and `--date`, checked against the format; or the usage problem. */
function outputOptions(
  options: ReadonlyMap<string, string>,
  format: string,
): { out: string | null; pageSize: PageSize; date: string | null } | string {
  const out = options.get('--out') ?? null;
  if (format === 'pdf' && out === null) {
    return '--format pdf needs --out PATH, e.g. --out role-fit-2026-11-28.pdf (a PDF is not printed)';
  }
  const pageSize = options.get('--page-size') ?? 'a4';
  if (!(PAGE_SIZES as readonly string[]).includes(pageSize)) {
    return `--page-size needs a4 or letter, got "${pageSize}"`;
  }
  if (format !== 'pdf' && options.has('--page-size')) return '--page-size is only for --format pdf';

  const date = options.get('--date') ?? null;
  if (date !== null && !isCalendarDate(date)) {
    return `--date needs a date such as 2026-11-28, got "${date}"`;
  }
  return { out, pageSize: pageSize as PageSize, date };
}

/** The arguments of `report`, or the usage problem with them. */
function parseReportArgs(args: readonly string[]): ReportArgs | string {
  const split = splitArgs(args, REPORT_OPTIONS);
  if (typeof split === 'string') return split;
  const { files, options } = split;
  if (files.length !== 1) return 'report takes one FILE (- for standard input)';

  const format = options.get('--format');
  if (format === undefined) return 'report needs --format md, csv, json or pdf';
  if (format !== 'pdf' && !(format in RENDERERS)) {
    return `unknown format "${format}": use md, csv, json or pdf`;
  }
  const output = outputOptions(options, format);
  if (typeof output === 'string') return output;
  return { file: files[0] ?? '-', format: format as ReportFormat, ...output };
}

/** The arguments of `compare`, or the usage problem with them. */
function parseCompareArgs(args: readonly string[]): CompareArgs | string {
  const split = splitArgs(args, COMPARE_OPTIONS);
  if (typeof split === 'string') return split;
  const { files, options } = split;
  const [first, second] = files;
  if (files.length !== 2 || first === undefined || second === undefined) {
    return 'compare takes two FILEs, one per person';
  }
  if (first === '-' && second === '-') return 'only one of the two FILEs can be standard input';
  const format = options.get('--format');
  if (format !== 'md' && format !== 'pdf') return 'compare needs --format md or pdf';
  const output = outputOptions(options, format);
  if (typeof output === 'string') return output;
  const given = options.get('--names')?.split(',') ?? [];
  if (given.length > 2) return '--names takes two names separated by a comma, e.g. "Alex,Sam"';
  const names = [0, 1].map((i) => cleanName(given[i] ?? '') || (DEFAULT_NAMES[i] ?? '')) as [
    string,
    string,
  ];
  return { files: [first, second], format, names, ...output };
}

/** Whether the text is a real day written as YYYY-MM-DD (no 2026-02-30). */
function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
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

function describeWriteError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'cannot be written (no such folder)';
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'EACCES') return 'cannot be written (permission denied)';
  return `cannot be written (${error instanceof Error ? error.message : String(error)})`;
}

function usageError(io: CliIo, problem: string): number {
  io.stderr(`${problem}\n${USAGE}\n`);
  return 2;
}
