import type { ReactElement } from 'react';
import { createRoot } from 'react-dom/client';

import { createMarkupContainer, type MarkupContainer } from './markup-dom';

/** How many quiet turns of the event loop mean that a render, and the updates it set off, are done. */
const QUIET_TURNS = 3;
const MAX_TURNS = 500;

/**
 * A renderer of React elements to static markup that, unlike react-dom/server, runs effects:
 * recharts 3 draws its bars only after its effects have measured and registered every part of
 * the chart, so a server render of it is an empty box. Meant for a Web Worker; each call
 * resolves once the tree has stopped changing, and calls run one after another.
 */
export function createMarkupRenderer(
  identifierPrefix: string,
): (element: ReactElement) => Promise<string> {
  // React DOM reads `window.event` and `window.HTMLIFrameElement`; a worker has no window. No
  // `document` either, so that recharts knows it cannot measure text and takes sizes as given.
  globalThis.window ??= { HTMLIFrameElement: class {} } as unknown as Window & typeof globalThis;
  const container = createMarkupContainer();
  let failure: unknown = null;
  const root = createRoot(container.element as Element, {
    identifierPrefix,
    onUncaughtError: (error) => {
      failure = error;
    },
  });
  let queue: Promise<unknown> = Promise.resolve();
  return (element) => {
    const rendered = queue.then(async () => {
      failure = null;
      root.render(element);
      await settle(container);
      if (failure !== null) throw failure;
      return prefixIds(container.markup(), identifierPrefix);
    });
    queue = rendered.catch(() => undefined);
    return rendered;
  };
}

async function settle(container: MarkupContainer): Promise<void> {
  let last = -1;
  let quiet = 0;
  for (let turn = 0; turn < MAX_TURNS && quiet < QUIET_TURNS; turn += 1) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    const now = container.changes();
    quiet = now === last ? quiet + 1 : 0;
    last = now;
  }
}

/**
 * The markup with `prefix` before every id and every reference to one: recharts numbers its
 * clip paths per JavaScript realm, so a worker's `recharts1-clip` would clash with the page's.
 */
function prefixIds(markup: string, prefix: string): string {
  const ids = new Set([...markup.matchAll(/ id="([^"]+)"/g)].map((match) => match[1] ?? ''));
  return markup.replace(/( id="|url\(#|href="#)([^")]+)/g, (whole, before: string, id: string) =>
    ids.has(id) ? `${before}${prefix}${id}` : whole,
  );
}
