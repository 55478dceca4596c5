import { existsSync } from 'node:fs';

/**
 * Debian's Chromium: nothing here downloads a browser of its own. `CHROME_PATH` (the variable
 * chrome-launcher reads too) points elsewhere when needed.
 */
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** The flags every browser we start gets: headless, and quiet on the network. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** Throws a message that says how to install Chromium when it is not where we expect it. */
export function assertChromiumInstalled(): void {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}. Install Debian's: ` +
        '`apt-get update && apt-get install -y chromium` (or set CHROME_PATH).',
    );
  }
}
