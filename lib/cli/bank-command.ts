import { loadTranslatedBank } from '@/lib/i18n/load-translated-bank';
import type { Locale } from '@/lib/i18n/locales';

import type { Command } from './cli-io';
import { languageOption, parseCommandArgs } from './command-args';

/** `bank [--lang en|es|de]` prints the validated question bank as JSON, in a language. */
export const bankCommand: Command<{ readonly locale: Locale }> = {
  parse(args) {
    const parsed = parseCommandArgs(args, ['lang']);
    if (typeof parsed === 'string') return parsed;
    if (parsed.files.length > 0) return 'bank takes no FILE, only --lang';
    return languageOption(parsed.options);
  },
  async run({ io, bank }, { locale }) {
    const shown = locale === 'en' ? bank : loadTranslatedBank(bank.version, locale);
    if (shown === null) {
      io.stderr(`questions/: version ${bank.version} of the bank has no translations\n`);
      return 1;
    }
    io.stdout(`${JSON.stringify(shown, null, 2)}\n`);
    return 0;
  },
};
