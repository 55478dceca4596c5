import type { Command } from './cli-io';

/** `bank` prints the validated question bank as JSON. */
export const bankCommand: Command<null> = {
  parse: (args) => (args.length === 0 ? null : 'bank takes no arguments'),
  async run({ io, bank }) {
    io.stdout(`${JSON.stringify(bank, null, 2)}\n`);
    return 0;
  },
};
