import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

const cleanups = new Set<() => void>();
let handlersInstalled = false;

/**
 * Runs `cleanup` when the process ends for any reason: normal exit, an uncaught error, Ctrl-C or
 * SIGTERM. Cleanups must be synchronous, because 'exit' handlers cannot wait.
 */
export function onExit(cleanup: () => void): () => void {
  if (!handlersInstalled) {
    handlersInstalled = true;
    process.on('exit', runCleanups);
    for (const [signal, code] of [
      ['SIGINT', 130],
      ['SIGTERM', 143],
    ] as const) {
      process.on(signal, () => {
        process.stderr.write(`\naudit: ${signal}, stopping servers and browsers\n`);
        process.exit(code);
      });
    }
  }
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

function runCleanups(): void {
  for (const cleanup of cleanups) {
    try {
      cleanup();
    } catch {
      // Already gone; nothing else to do on the way out.
    }
  }
  cleanups.clear();
}

/** Runs a command to completion with its output on stderr; rejects when it fails. */
export function runCommand(command: string, args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 2, 2] });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else
        reject(
          new Error(`\`${[command, ...args].join(' ')}\` failed (${signal ?? `exit ${code}`})`),
        );
    });
  });
}

/** A TCP port on 127.0.0.1 that nothing listened on a moment ago. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address !== null && typeof address === 'object') resolve(address.port);
        else reject(new Error('could not find a free port'));
      });
    });
  });
}

/** A server we started: its origin, and how to stop it and everything it spawned. */
export interface RunningServer {
  origin: string;
  stop: () => void;
}

/**
 * Starts a long-running server in its own process group (so stopping it also stops what npm
 * spawned under it), then polls `origin/` until it answers. Fails with the server's last output
 * if it exits or does not answer within `timeoutMs`.
 */
export async function startServer(
  command: string,
  args: readonly string[],
  origin: string,
  timeoutMs = 60_000,
): Promise<RunningServer> {
  const child = spawn(command, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const stop = () => killGroup(child);
  const forget = onExit(stop);
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) {
      stop();
      forget();
      throw new Error(`\`${[command, ...args].join(' ')}\` exited before answering:\n${output}`);
    }
    try {
      await fetch(`${origin}/`, { signal: AbortSignal.timeout(2_000) });
      break;
    } catch {
      if (Date.now() > deadline) {
        stop();
        forget();
        throw new Error(`${origin} did not answer within ${timeoutMs / 1000} s:\n${output}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  return {
    origin,
    stop: () => {
      stop();
      forget();
    },
  };
}

function killGroup(child: ChildProcess): void {
  // The whole group, even if its leader (npm) is gone: the server under it may not be.
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // The group is already gone.
  }
}
