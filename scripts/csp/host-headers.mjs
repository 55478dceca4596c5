// The security headers in the files static hosts read them from, so out/ carries its own policy
// (docs/static-hosting.md). Pure functions; scripts/csp/write-headers.mjs writes their output.

/** Cloudflare Pages ignores a `_headers` line longer than this; Netlify has no lower limit. */
export const MAX_HEADERS_LINE = 2000;

/** The header each page gets its own value of: its policy, with its own scripts' hashes. */
export const CSP = 'Content-Security-Policy';

/**
 * @typedef {{ key: string, value: string }} Header
 * @typedef {{ path: string, headers: Header[] }} Rule
 * @typedef {{ paths: string[], policy: string }} PagePolicy
 */

/**
 * The URL paths a static export's page file is served at: `es/quiz/index.html` at `/es/quiz/`
 * and, before a host adds the slash, `/es/quiz`; `index.html` at `/`. Null for a file that is no
 * page of its own (`404.html`, served at whatever address was missing).
 * @param {string} file a path inside out/, with forward slashes
 * @returns {string[] | null}
 */
export function exportPagePaths(file) {
  if (file === 'index.html') return ['/'];
  const folder = /^(.+)\/index\.html$/.exec(file)?.[1];
  return folder === undefined ? null : [`/${folder}`, `/${folder}/`];
}

/**
 * The rules a static host applies: every header but the policy on every path; each page's policy
 * (its own scripts' hashes) on that page's paths; the service worker's headers on its script.
 * Hosts join the values of a header two matching rules set, and two policies are both enforced,
 * so the policy is never on `/*`: one list for the whole site outgrew what a host reads in a line
 * once every page came in three languages (decision 025).
 * @param {readonly Header[]} headers the site's headers, policy included (it is left out of `/*`)
 * @param {readonly PagePolicy[]} pages
 * @param {readonly Header[]} workerHeaders
 * @returns {Rule[]}
 */
export function hostRules(headers, pages, workerHeaders) {
  const everywhere = headers.filter(({ key }) => key !== CSP);
  const sentEverywhere = (/** @type {Header} */ header) =>
    everywhere.some(({ key, value }) => key === header.key && value === header.value);
  return [
    { path: '/*', headers: everywhere },
    ...pages.flatMap(({ paths, policy }) =>
      paths.map((path) => ({ path, headers: [{ key: CSP, value: policy }] })),
    ),
    // What `/*` already sends would reach the worker twice, joined ("nosniff, nosniff").
    { path: '/sw.js', headers: workerHeaders.filter((header) => !sentEverywhere(header)) },
  ];
}

/**
 * A `_headers` file (Netlify, Cloudflare Pages) of the rules; refuses a line Cloudflare would drop.
 * @param {readonly Rule[]} rules
 * @returns {string}
 */
export function headersFile(rules) {
  const lines = [
    '# Written by scripts/csp/write-headers.mjs from this build: the script hashes change with every build.',
    ...rules.flatMap(({ path, headers }) => [
      path,
      ...headers.map(({ key, value }) => `  ${key}: ${value}`),
    ]),
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
 * A `vercel.json` of the same rules (`/*` is Vercel's `/(.*)`).
 * @param {readonly Rule[]} rules
 * @returns {string}
 */
export function vercelJson(rules) {
  const headers = rules.map(({ path, headers: list }) => ({
    source: path === '/*' ? '/(.*)' : path,
    headers: list,
  }));
  return `${JSON.stringify({ headers }, null, 2)}\n`;
}

/**
 * The headers a host sends on `path` from `rules`, as Netlify and Cloudflare Pages do: every
 * matching rule's (`/*` matches all), a header two rules set joined with a comma.
 * @param {readonly Rule[]} rules
 * @param {string} path
 * @returns {Header[]}
 */
export function headersForPath(rules, path) {
  /** @type {Map<string, string>} */
  const sent = new Map();
  for (const rule of rules) {
    const matches = rule.path.endsWith('*')
      ? path.startsWith(rule.path.slice(0, -1))
      : path === rule.path;
    if (!matches) continue;
    for (const { key, value } of rule.headers) {
      const before = sent.get(key);
      sent.set(key, before === undefined ? value : `${before}, ${value}`);
    }
  }
  return [...sent].map(([key, value]) => ({ key, value }));
}

/**
 * Reads a `_headers` file back: each path pattern with the headers listed under it.
 * @param {string} text
 * @returns {Rule[]}
 */
export function parseHeadersFile(text) {
  /** @type {Rule[]} */
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
