// The security headers in the files static hosts read them from, so out/ carries its own policy
// (docs/static-hosting.md). Pure functions; scripts/csp/write-headers.mjs writes their output.

/** Cloudflare Pages ignores a `_headers` line longer than this; Netlify has no lower limit. */
export const MAX_HEADERS_LINE = 2000;

/**
 * A `_headers` file (Netlify, Cloudflare Pages): the pages' headers on every path, and the service
 * worker's on its script. Both hosts join a header that two matching rules set, so the worker is
 * held to both policies at once; what it does (fetch this origin's files) both allow.
 * @param {readonly { key: string, value: string }[]} headers
 * @param {readonly { key: string, value: string }[]} workerHeaders
 * @returns {string}
 */
export function headersFile(headers, workerHeaders) {
  const block = (/** @type {string} */ path, /** @type {typeof headers} */ list) => [
    path,
    ...list.map(({ key, value }) => `  ${key}: ${value}`),
  ];
  const lines = [
    '# Written by scripts/csp/write-headers.mjs from this build: the script hashes change with every build.',
    ...block('/*', headers),
    ...block('/sw.js', workerHeaders),
  ];
  const tooLong = lines.find((line) => line.length > MAX_HEADERS_LINE);
  if (tooLong !== undefined) {
    throw new Error(
      `A _headers line is ${tooLong.length} characters, over Cloudflare's ${MAX_HEADERS_LINE}: ${tooLong.slice(0, 60)}…`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A `vercel.json` that sends the pages' headers on every path of a deployed out/ folder, and the
 * service worker's on its script (Vercel sends the later rule's value of a header both set).
 * @param {readonly { key: string, value: string }[]} headers
 * @param {readonly { key: string, value: string }[]} workerHeaders
 * @returns {string}
 */
export function vercelJson(headers, workerHeaders) {
  const rules = [
    { source: '/(.*)', headers },
    { source: '/sw.js', headers: workerHeaders },
  ];
  return `${JSON.stringify({ headers: rules }, null, 2)}\n`;
}

/**
 * Reads a `_headers` file back: each path pattern with the headers listed under it.
 * @param {string} text
 * @returns {{ path: string, headers: { key: string, value: string }[] }[]}
 */
export function parseHeadersFile(text) {
  /** @type {{ path: string, headers: { key: string, value: string }[] }[]} */
  const rules = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (rule === undefined || colon < 0) throw new Error(`Not a _headers line: ${line}`);
    rule.headers.push({ key: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() });
  }
  return rules;
}
