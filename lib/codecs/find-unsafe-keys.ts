import { fillPlural, fillTemplate } from '@/lib/copy/fill-template';

import type { DecoderCopy } from './decoder-copy-schema';

/** Keys that can reach an object's prototype when a parsed file is copied or merged. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface UnsafeKeys {
  /** Paths such as `answers.__proto__`, in document order; at most `limit` of them. */
  readonly paths: readonly string[];
  /** How many there are in all. */
  readonly count: number;
}

interface Node {
  readonly value: unknown;
  readonly key: string | number | null;
  readonly parent: Node | null;
}

const MAX_PATH_CHARS = 120;

/**
 * Finds `__proto__`, `constructor` and `prototype` keys at any depth of parsed JSON. Walks without
 * recursion and builds a path only for the keys it reports, so no nesting can exhaust the stack
 * or the memory.
 */
export function findUnsafeKeys(value: unknown, limit = 10): UnsafeKeys {
  const paths: string[] = [];
  let count = 0;
  const stack: Node[] = [{ value, key: null, parent: null }];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node || typeof node.value !== 'object' || node.value === null) continue;
    const children: Node[] = Array.isArray(node.value)
      ? node.value.map((item: unknown, i) => ({ value: item, key: i, parent: node }))
      : Object.entries(node.value).map(([key, item]) => ({ value: item, key, parent: node }));
    for (const child of children) {
      if (typeof child.key === 'string' && UNSAFE_KEYS.has(child.key)) {
        count += 1;
        if (paths.length < limit) paths.push(pathOf(child));
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
  }
  return { paths, count };
}

function pathOf(node: Node): string {
  const parts: string[] = [];
  let length = 0;
  for (let at: Node | null = node; at && at.key !== null; at = at.parent) {
    if (length > MAX_PATH_CHARS) {
      parts.push('…');
      break;
    }
    const part = typeof at.key === 'number' ? `[${at.key}]` : `.${at.key}`;
    parts.push(part);
    length += part.length;
  }
  return parts
    .reverse()
    .join('')
    .replace(/^(…)?\./, '$1');
}

/** One line per key {@link findUnsafeKeys} found, e.g. `answers.__proto__: a "__proto__" key is not allowed`. */
export function describeUnsafeKeys(unsafe: UnsafeKeys, words: DecoderCopy): string[] {
  const said = words.jsonFile;
  const more = unsafe.count - unsafe.paths.length;
  return [
    ...unsafe.paths.map((path) => fillTemplate(said.unsafeKey, { path, key: lastKey(path) })),
    ...(more > 0 ? [fillPlural(said.moreUnsafeKeys, more, { count: more })] : []),
  ];
}

function lastKey(path: string): string {
  return path.slice(path.lastIndexOf('.') + 1);
}
