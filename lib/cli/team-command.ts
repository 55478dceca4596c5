import { renderTeamMarkdown } from '@/lib/export/render-team-markdown';
import { renderTeamPdf } from '@/lib/export/render-team-pdf';
import { COMMON_COPY } from '@/lib/report/copy/common-copy';
import { buildTeamView, MAX_TEAM_SIZE, MIN_TEAM_SIZE, renderTeamJson } from '@/lib/team';

import type { Command } from './cli-io';
import {
  OUTPUT_OPTION_NAMES,
  outputOptions,
  parseCommandArgs,
  type OutputOptions,
} from './command-args';
import { runGroup } from './group-input';

const FORMATS = ['md', 'pdf', 'json'] as const;
type TeamFormat = (typeof FORMATS)[number];

/** `team FILE… --format md|pdf|json`, the names given and the output options. */
export interface TeamArgs extends OutputOptions {
  readonly files: readonly string[];
  readonly format: TeamFormat;
  /** One per FILE; "" where none was given, so that the team map numbers that member. */
  readonly names: readonly string[];
}

/** `team` reads 3 to 12 answers files as one team: Markdown, PDF or JSON. */
export const teamCommand: Command<TeamArgs> = {
  parse(args) {
    const parsed = parseCommandArgs(args, [...OUTPUT_OPTION_NAMES, 'names']);
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
    return { files, format, names: files.map((_, i) => given[i] ?? ''), ...output };
  },

  async run({ io, bank, banks }, args) {
    const count = args.files.length;
    if (count < MIN_TEAM_SIZE || count > MAX_TEAM_SIZE) {
      io.stderr(
        `team: a team map reads ${MIN_TEAM_SIZE} to ${MAX_TEAM_SIZE} answers files, one per member; got ${count}\n`,
      );
      return 1;
    }
    return runGroup({ io, bank, banks }, args, ({ content, people, date }) => {
      const view = buildTeamView(bank, content, people, { date });
      return args.format === 'pdf'
        ? renderTeamPdf(view, { pageSize: args.pageSize, words: COMMON_COPY.exports })
        : args.format === 'json'
          ? renderTeamJson(view)
          : renderTeamMarkdown(view);
    });
  },
};

function isTeamFormat(format: string): format is TeamFormat {
  return (FORMATS as readonly string[]).includes(format);
}
