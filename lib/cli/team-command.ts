import { renderTeamMarkdown } from '@/lib/export/render-team-markdown';
import { renderTeamPdf } from '@/lib/export/render-team-pdf';
import { loadSiteWords } from '@/lib/i18n/load-site-words';
import { loadTranslatedBank } from '@/lib/i18n/load-translated-bank';
import { loadTranslatedCopy } from '@/lib/i18n/load-translated-copy';
import { loadTranslatedPairing } from '@/lib/i18n/load-translated-guides';
import type { Locale } from '@/lib/i18n/locales';
import { buildTeamView, MAX_TEAM_SIZE, MIN_TEAM_SIZE, renderTeamJson } from '@/lib/team';

import type { Command } from './cli-io';
import {
  languageOption,
  OUTPUT_OPTION_NAMES,
  outputOptions,
  parseCommandArgs,
  type OutputOptions,
} from './command-args';
import { runGroup } from './group-input';

const FORMATS = ['md', 'pdf', 'json'] as const;
type TeamFormat = (typeof FORMATS)[number];

/** `team FILE… --format md|pdf|json [--lang …]`, the names given and the output options. */
export interface TeamArgs extends OutputOptions {
  readonly files: readonly string[];
  readonly format: TeamFormat;
  readonly locale: Locale;
  /** One per FILE; "" where none was given, so that the team map numbers that member. */
  readonly names: readonly string[];
}

/** `team` reads 3 to 12 answers files as one team: Markdown, PDF or JSON, in a language. */
export const teamCommand: Command<TeamArgs> = {
  parse(args) {
    const parsed = parseCommandArgs(args, [...OUTPUT_OPTION_NAMES, 'names', 'lang']);
    if (typeof parsed === 'string') return parsed;
    const { files, options } = parsed;
    if (files.filter((f) => f === '-').length > 1) {
      return 'only one of the FILEs can be standard input';
    }
    const format = options.get('format') ?? '';
    if (!isTeamFormat(format)) return 'team needs --format md, pdf or json';
    const output = outputOptions(options, format);
    if (typeof output === 'string') return output;
    const given = options.get('names')?.split(',') ?? [];
    if (given.length > files.length) {
      return `--names gives ${given.length} names for ${files.length} FILEs, e.g. "Ana,Ben,Chi" for three`;
    }
    const language = languageOption(options);
    if (typeof language === 'string') return language;
    return { files, format, names: files.map((_, i) => given[i] ?? ''), ...language, ...output };
  },

  async run({ io, bank, banks }, args) {
    const count = args.files.length;
    if (count < MIN_TEAM_SIZE || count > MAX_TEAM_SIZE) {
      io.stderr(
        `team: a team map reads ${MIN_TEAM_SIZE} to ${MAX_TEAM_SIZE} answers files, one per member; got ${count}\n`,
      );
      return 1;
    }
    // Only the words differ between languages: every bank's ids and keys are the English one's.
    const { locale } = args;
    const inLanguage = <B extends { readonly version: number }>(english: B) =>
      locale === 'en' ? english : (loadTranslatedBank(english.version, locale) ?? english);
    const shown = inLanguage(bank);
    const words = { ...loadTranslatedCopy(locale), team: loadSiteWords(locale).team };
    return runGroup({ io, bank, banks }, args, ({ content, people, date }) => {
      const view = buildTeamView(
        words,
        shown,
        locale === 'en' ? content : loadTranslatedPairing(shown, locale),
        people.map((person) => ({ ...person, bank: inLanguage(person.bank) })),
        { date },
      );
      return args.format === 'pdf'
        ? renderTeamPdf(view, { pageSize: args.pageSize, words: words.common.exports })
        : args.format === 'json'
          ? renderTeamJson(view)
          : renderTeamMarkdown(view);
    });
  },
};

function isTeamFormat(format: string): format is TeamFormat {
  return (FORMATS as readonly string[]).includes(format);
}
