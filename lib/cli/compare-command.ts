import { cleanName, DEFAULT_NAMES } from '@/lib/codecs/compare-code';
import { buildCompareSummary, renderCompareMarkdown } from '@/lib/export';
import { renderComparePdf } from '@/lib/export/render-compare-pdf';
import { COMMON_COPY } from '@/lib/report/copy/common-copy';

import type { Command } from './cli-io';
import {
  OUTPUT_OPTION_NAMES,
  outputOptions,
  parseCommandArgs,
  type OutputOptions,
} from './command-args';
import { runGroup } from './group-input';

/** `compare FILE FILE --format md|pdf`, the two names and the output options. */
export interface CompareArgs extends OutputOptions {
  readonly files: readonly [string, string];
  readonly format: 'md' | 'pdf';
  readonly names: readonly [string, string];
}

/** `compare` reads two answers files as a pair, tension by tension: Markdown or PDF. */
export const compareCommand: Command<CompareArgs> = {
  parse(args) {
    const parsed = parseCommandArgs(args, [...OUTPUT_OPTION_NAMES, 'names']);
    if (typeof parsed === 'string') return parsed;
    const { files, options } = parsed;
    const [first, second] = files;
    if (files.length !== 2 || first === undefined || second === undefined) {
      return 'compare takes two FILEs, one per person';
    }
    if (first === '-' && second === '-') return 'only one of the two FILEs can be standard input';
    const format = options.get('format');
    if (format !== 'md' && format !== 'pdf') return 'compare needs --format md or pdf';
    const output = outputOptions(options, format);
    if (typeof output === 'string') return output;
    const given = options.get('names')?.split(',') ?? [];
    if (given.length > 2) return '--names takes two names separated by a comma, e.g. "Alex,Sam"';
    const names = [0, 1].map((i) => cleanName(given[i] ?? '') || (DEFAULT_NAMES[i] ?? '')) as [
      string,
      string,
    ];
    return { files: [first, second], format, names, ...output };
  },

  run: (context, args) =>
    runGroup(context, args, ({ content, people, date }) => {
      const summary = buildCompareSummary(context.bank, content, people, { date });
      return args.format === 'pdf'
        ? renderComparePdf(summary, { pageSize: args.pageSize, words: COMMON_COPY.exports })
        : renderCompareMarkdown(summary);
    }),
};
