#!/usr/bin/env node
// Makes sure the programs the browser tests need outside npm are on this machine: Debian's
// Chromium (Playwright and Lighthouse drive it; nothing here downloads a browser of its own) and
// Python 3 (the static export is served by its plain file server, as any CDN would serve it).
// As root, a missing one is installed from Debian with apt-get; otherwise this stops at once with
// the exact command to run. `npm run test:all` and `.ci/run` both start here.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** True when `file` exists and can be run. */
function runnable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** True when `command` is found on the PATH. */
function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

const missing = [
  ...(runnable(chromium) ? [] : ['chromium']),
  ...(onPath('python3') ? [] : ['python3']),
];

if (missing.length === 0) {
  console.log(`system tools: found ${chromium} and python3`);
  process.exit(0);
}

const install = `apt-get update && apt-get install -y ${missing.join(' ')}`;
const root = typeof process.getuid === 'function' && process.getuid() === 0;
if (!root) {
  console.error(
    `system tools: missing ${missing.join(' and ')}. Install ${missing.length === 1 ? 'it' : 'them'} as root, then run the tests again:\n\n  sudo sh -c '${install}'\n`,
  );
  process.exit(1);
}
if (!onPath('apt-get')) {
  console.error(
    `system tools: missing ${missing.join(' and ')}, and this is not a Debian-like system (no apt-get). Install ${missing.join(' and ')} with this system's package manager` +
      (missing.includes('chromium') ? ', and set CHROME_PATH to the browser.' : '.'),
  );
  process.exit(1);
}

console.log(`system tools: installing ${missing.join(' and ')} from Debian (${install})`);
const run = (args) =>
  spawnSync('apt-get', args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  }).status === 0;
if (!run(['update']) || !run(['install', '-y', ...missing])) {
  console.error(
    `system tools: apt-get could not install ${missing.join(' and ')}; try: ${install}`,
  );
  process.exit(1);
}
if (missing.includes('chromium') && !runnable(chromium)) {
  console.error(
    `system tools: chromium was installed, but ${chromium} is still missing; set CHROME_PATH.`,
  );
  process.exit(1);
}
console.log('system tools: ready');
