import { readFile, writeFile } from 'node:fs/promises';
import { text } from 'node:stream/consumers';

import { runCli } from './run-cli';

const exitCode = await runCli(process.argv.slice(2), {
  readText: (path) => (path === '-' ? text(process.stdin) : readFile(path, 'utf8')),
  writeText: (path, contents) =>
    typeof contents === 'string' ? writeFile(path, contents, 'utf8') : writeFile(path, contents),
  stdout: (chunk) => process.stdout.write(chunk),
  stderr: (chunk) => process.stderr.write(chunk),
  // The person's own calendar day, not UTC's.
  today: () => {
    const now = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  },
});
process.exitCode = exitCode;
