import { buildSummary, renderCsv, renderJson, renderMarkdown } from '@/lib/export';
import { renderPdf } from '@/lib/export/render-pdf';
import { loadTranslatedBank } from '@/lib/i18n/load-translated-bank';
import { loadSiteWords } from '@/lib/i18n/load-site-words';
import { loadTranslatedCopy } from '@/lib/i18n/load-translated-copy';
import type { Locale } from '@/lib/i18n/locales';

import type { Command } from './cli-io';
import {
  languageOption,
  OUTPUT_OPTION_NAMES,
  outputOptions,
  parseCommandArgs,
  type OutputOptions,
} from './command-args';
import { deliver, readAnswersFile } from './files';

const RENDERERS = {
  md: (summary) => renderMarkdown(summary),
  csv: (summary) => renderCsv(summary),
  json: renderJson,
} satisfies Record<string, typeof renderJson>;

type ReportFormat = keyof typeof RENDERERS | 'pdf';

/** `report FILE --format … [--lang …]` and its output options. */
export interface ReportArgs extends OutputOptions {
  readonly file: string;
  readonly format: ReportFormat;
  readonly locale: Locale;
}

function isReportFormat(format: string): format is ReportFormat {
  return format === 'pdf' || Object.hasOwn(RENDERERS, format);
}

/** `report` writes a result summary of one answers file: Markdown, CSV, JSON or PDF, in a language. */
export const reportCommand: Command<ReportArgs> = {
  parse(args) {
    const parsed = parseCommandArgs(args, [...OUTPUT_OPTION_NAMES, 'lang']);
    if (typeof parsed === 'string') return parsed;
    const { files, options } = parsed;
    const [file] = files;
    if (file === undefined || files.length > 1)
      return 'report takes one FILE (- for standard input)';

    const format = options.get('format');
    if (format === undefined) return 'report needs --format md, csv, json or pdf';
    if (!isReportFormat(format)) return `unknown format "${format}": use md, csv, json or pdf`;
    const output = outputOptions(options, format);
    if (typeof output === 'string') return output;
    const language = languageOption(options);
    if (typeof language === 'string') return language;
    return { file, format, ...language, ...output };
  },

  async run({ io, banks }, report) {
    const file = await readAnswersFile(
      io,
      banks,
      report.file,
      loadSiteWords(report.locale).decoders,
    );
    if (!file) return 1;
    // Only the words differ between languages: the bank's ids and keys are the English one's.
    const bank =
      report.locale === 'en'
        ? file.bank
        : (loadTranslatedBank(file.bank.version, report.locale) ?? file.bank);
    const words = loadTranslatedCopy(report.locale);
    const summary = buildSummary(words, bank, file.answers, file.form, {
      date: report.date ?? io.today(),
    });
    const contents =
      report.format === 'pdf'
        ? renderPdf(summary, { pageSize: report.pageSize, words: words.common.exports })
        : RENDERERS[report.format](summary, file.answers);
    return deliver(io, report.out, contents);
  },
};
