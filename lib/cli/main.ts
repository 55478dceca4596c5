import { readFile } from 'node:fs/promises';
import { text } from 'node:stream/consumers';

import { runCli } from './run-cli';

const exitCode = await runCli(process.argv.slice(2), {
  readText: (path) => (path === '-' ? text(process.stdin) : readFile(path, 'utf8')),
  stdout: (chunk) => process.stdout.write(chunk),
  stderr: (chunk) => process.stderr.write(chunk),
});
process.exitCode = exitCode;
