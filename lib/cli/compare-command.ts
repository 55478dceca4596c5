import { cleanName, DEFAULT_NAMES } from '@/lib/codecs/compare-code';
import { buildCompareSummary, renderCompareMarkdown } from '@/lib/export';
import { renderComparePdf } from '@/lib/export/render-compare-pdf';
import { loadSiteWords, pickWords } from '@/lib/i18n/load-site-words';
import { loadTranslatedBank } from '@/lib/i18n/load-translated-bank';
import { loadTranslatedPairing } from '@/lib/i18n/load-translated-guides';
import { SOURCE_LOCALE, type Locale } from '@/lib/i18n/locales';

import type { Command } from './cli-io';
import {
  languageOption,
  OUTPUT_OPTION_NAMES,
  outputOptions,
  parseCommandArgs,
  type OutputOptions,
} from './command-args';
import { runGroup } from './group-input';

/** `compare FILE FILE --format md|pdf [--lang …]`, the two names and the output options. */
export interface CompareArgs extends OutputOptions {
  readonly files: readonly [string, string];
  readonly format: 'md' | 'pdf';
  readonly names: readonly [string, string];
  readonly locale: Locale;
}

/** `compare` reads two answers files as a pair, tension by tension: Markdown or PDF, in a language. */
export const compareCommand: Command<CompareArgs> = {
  parse(args) {
    const parsed = parseCommandArgs(args, [...OUTPUT_OPTION_NAMES, 'names', 'lang']);
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
    const language = languageOption(options);
    if (typeof language === 'string') return language;
    return { files: [first, second], format, names, ...language, ...output };
  },

  run: (context, args) =>
    runGroup(context, args, ({ content, people, date }) => {
      const { locale } = args;
      const words = pickWords(loadSiteWords(locale), [
        'compare',
        'common',
        'result',
        'scoring',
        'versions',
      ]);
      // Only the words differ between languages: ids, keys and weights are the English bank's.
      const inLanguage = <Bank extends { readonly version: number }>(bank: Bank) =>
        locale === SOURCE_LOCALE ? bank : (loadTranslatedBank(bank.version, locale) ?? bank);
      const bank = inLanguage(context.bank);
      const summary = buildCompareSummary(
        words,
        bank,
        locale === SOURCE_LOCALE ? content : loadTranslatedPairing(bank, locale),
        [
          { ...people[0], bank: inLanguage(people[0].bank) },
          { ...people[1], bank: inLanguage(people[1].bank) },
        ],
        { date },
      );
      return args.format === 'pdf'
        ? renderComparePdf(summary, { pageSize: args.pageSize, words: words.common.exports })
        : renderCompareMarkdown(summary);
    }),
};
