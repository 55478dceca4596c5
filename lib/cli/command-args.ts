import { parseArgs } from 'node:util';

import { isLocale, LOCALES, SOURCE_LOCALE, type Locale } from '@/lib/i18n/locales';

/** A command's FILEs and its options by name (without the dashes), each given once with a value. */
export interface CommandArgs {
  readonly files: readonly string[];
  readonly options: ReadonlyMap<string, string>;
}

/**
 * Reads FILEs and `--name value` (or `--name=value`) options with `node:util` `parseArgs`. Every
 * option takes a value and may be given once; `-` is a FILE (standard input). Returns the usage
 * problem as one line when an option is unknown, repeated or has no value.
 */
export function parseCommandArgs(
  args: readonly string[],
  names: readonly string[],
): CommandArgs | string {
  const { tokens } = parseArgs({
    args: [...args],
    options: Object.fromEntries(names.map((name) => [name, { type: 'string' as const }])),
    // Not strict, so that each problem gets this command line's own words.
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const files: string[] = [];
  const options = new Map<string, string>();
  for (const token of tokens) {
    if (token.kind === 'positional') files.push(token.value);
    if (token.kind !== 'option') continue;
    if (!names.includes(token.name)) return `unknown option "${token.rawName}"`;
    if (options.has(token.name)) return `${token.rawName} is given twice`;
    if (token.value === undefined || token.value === '') return `${token.rawName} needs a value`;
    options.set(token.name, token.value);
  }
  return { files, options };
}

export const PAGE_SIZES = ['a4', 'letter'] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

/** Where and how a report is written: `--out`, `--page-size` and `--date`. */
export interface OutputOptions {
  readonly out: string | null;
  readonly pageSize: PageSize;
  readonly date: string | null;
}

/** The names of the output options, which `report` and `compare` both take. */
export const OUTPUT_OPTION_NAMES = ['format', 'out', 'date', 'page-size'] as const;

/** `--out`, `--page-size` and `--date`, checked against the format; or the usage problem. */
export function outputOptions(
  options: ReadonlyMap<string, string>,
  format: string,
): OutputOptions | string {
  const out = options.get('out') ?? null;
  if (format === 'pdf' && out === null) {
    return '--format pdf needs --out PATH, e.g. --out role-fit-2026-11-28.pdf (a PDF is not printed)';
  }
  const pageSize = options.get('page-size') ?? 'a4';
  if (!isPageSize(pageSize)) return `--page-size needs a4 or letter, got "${pageSize}"`;
  if (format !== 'pdf' && options.has('page-size')) return '--page-size is only for --format pdf';

  const date = options.get('date') ?? null;
  if (date !== null && !isCalendarDate(date)) {
    return `--date needs a date such as 2026-11-28, got "${date}"`;
  }
  return { out, pageSize, date };
}

/** `--lang`: the language of the words, English unless given; or the usage problem. */
export function languageOption(
  options: ReadonlyMap<string, string>,
): { readonly locale: Locale } | string {
  const lang = options.get('lang') ?? SOURCE_LOCALE;
  if (isLocale(lang)) return { locale: lang };
  const names = `${LOCALES.slice(0, -1).join(', ')} or ${LOCALES.at(-1) ?? ''}`;
  return `--lang needs ${names}, got "${lang}"`;
}

function isPageSize(text: string): text is PageSize {
  return (PAGE_SIZES as readonly string[]).includes(text);
}

/** Whether the text is a real day written as YYYY-MM-DD (no 2026-02-30). */
function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
