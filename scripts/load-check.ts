/**
 * Load check: 64 concurrent clients against `next start` for 20 s on each page below, reporting
 * requests per second, p99 latency, errors and non-2xx answers. The bar is 0 errors and 0 non-2xx;
 * throughput and latency are figures to watch, not gates (the machines are shared and noisy).
 *
 *   npm run load-check                      build, start, load, print, stop
 *   npm run load-check -- --no-build        reuse the last build in .next-load
 *   npm run load-check -- --duration 5      a shorter run
 *
 * Only loopback is ever targeted: the server is started here, on 127.0.0.1.
 */
import autocannon from 'autocannon';

import { findFreePort, runCommand, startServer } from './audit/processes';

const PAGES = ['/', '/quiz'];
const DIST_DIR = '.next-load';

interface Options {
  build: boolean;
  duration: number;
  connections: number;
}

function parseOptions(argv: readonly string[]): Options {
  const options: Options = { build: true, duration: 20, connections: 64 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--no-build') options.build = false;
    else if (arg === '--duration' || arg === '--connections') {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 1) throw new Error(`${arg} takes a whole number`);
      options[arg === '--duration' ? 'duration' : 'connections'] = value;
    } else throw new Error(`unknown option ${arg}`);
  }
  return options;
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  process.env.NEXT_DIST_DIR = DIST_DIR;
  process.env.NEXT_TELEMETRY_DISABLED = '1';
  if (options.build) await runCommand('npm', ['run', '-s', 'build']);
  const port = await findFreePort();
  const origin = `http://127.0.0.1:${port}`;
  const server = await startServer(
    'npx',
    ['next', 'start', '--hostname', '127.0.0.1', '--port', String(port)],
    origin,
  );
  try {
    const rows: string[][] = [];
    let failed = false;
    for (const path of PAGES) {
      process.stderr.write(
        `load-check: ${options.connections} clients on ${path} for ${options.duration} s\n`,
      );
      const result = await autocannon({
        url: `${origin}${path}`,
        connections: options.connections,
        duration: options.duration,
      });
      const bad = result.errors + result.timeouts + result.non2xx;
      if (bad > 0) failed = true;
      rows.push([
        path,
        String(Math.round(result.requests.average)),
        String(result.latency.p99),
        String(result.requests.total),
        String(result.errors + result.timeouts),
        String(result.non2xx),
        bad > 0 ? 'FAIL' : 'ok',
      ]);
    }
    printTable(['page', 'req/s', 'p99 ms', 'requests', 'errors', 'non-2xx', 'result'], rows);
    console.log(
      failed
        ? 'load-check: FAILED (errors or non-2xx answers)'
        : 'load-check: ok (0 errors, 0 non-2xx)',
    );
    return failed ? 1 : 0;
  } finally {
    server.stop();
  }
}

function printTable(header: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`load-check: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
