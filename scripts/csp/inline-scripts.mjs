import { createHash } from 'node:crypto';

// What a browser does with a prerendered page's inline scripts, as far as a Content Security
// Policy is concerned: which of them it runs, and the hash of each that a policy must list.
// Pure functions over HTML text; scripts/csp/write-headers.mjs applies them to a build.

/** A start tag's attributes, quoted or not; a `>` inside quotes does not end the tag. */
const ATTRIBUTE = String.raw`[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>\x60]+))?`;
/** A script element: its attributes, then its text up to the first `</script` (raw text, no nesting). */
const SCRIPT = new RegExp(
  String.raw`<script((?:\s+${ATTRIBUTE})*)\s*/?>([\s\S]*?)</script[\s/>]`,
  'gi',
);
const ATTRIBUTES = new RegExp(String.raw`\s+(${ATTRIBUTE})`, 'g');

/** The type values a browser runs as a classic or module script (HTML, "prepare the script element"). */
const JAVASCRIPT_TYPES = new Set([
  '',
  'module',
  'application/ecmascript',
  'application/javascript',
  'application/x-ecmascript',
  'application/x-javascript',
  'text/ecmascript',
  'text/javascript',
  'text/javascript1.0',
  'text/javascript1.1',
  'text/javascript1.2',
  'text/javascript1.3',
  'text/javascript1.4',
  'text/javascript1.5',
  'text/jscript',
  'text/livescript',
  'text/x-ecmascript',
  'text/x-javascript',
]);

/**
 * Reads a start tag's attribute text into lower-cased names and unquoted values.
 * @param {string} text
 * @returns {Map<string, string>}
 */
function parseAttributes(text) {
  const attributes = new Map();
  for (const [, attribute = ''] of text.matchAll(ATTRIBUTES)) {
    const equals = attribute.indexOf('=');
    const name = (equals < 0 ? attribute : attribute.slice(0, equals)).trim().toLowerCase();
    const raw = equals < 0 ? '' : attribute.slice(equals + 1).trim();
    const value = /^(["']).*\1$/s.test(raw) ? raw.slice(1, -1) : raw;
    // The first of two same-named attributes wins, as in the browser.
    if (!attributes.has(name)) attributes.set(name, value);
  }
  return attributes;
}

/**
 * The text of every inline script the browser would run in a page: script elements with no
 * `src` whose type is JavaScript. Data blocks (`type="application/json"`) never run, so a policy
 * need not allow them.
 * @param {string} html
 * @returns {string[]}
 */
export function findInlineScripts(html) {
  const scripts = [];
  for (const [, attributeText = '', text = ''] of html.matchAll(SCRIPT)) {
    const attributes = parseAttributes(attributeText);
    if (attributes.has('src')) continue;
    const type = (attributes.get('type') ?? '').trim().toLowerCase();
    if (!JAVASCRIPT_TYPES.has(type)) continue;
    scripts.push(text);
  }
  return scripts;
}

/**
 * The CSP source expression that allows one inline script: `'sha256-…'`, the base64 SHA-256 of
 * its text as UTF-8. The browser hashes the text after the HTML parser has turned every CR LF
 * and lone CR into LF, so the same is done here.
 * @param {string} text
 * @returns {string}
 */
export function scriptHashSource(text) {
  const normalized = text.replace(/\r\n?/g, '\n');
  return `'sha256-${createHash('sha256').update(normalized, 'utf8').digest('base64')}'`;
}

/**
 * The hash sources that allow every inline script of the given pages: one list for the whole
 * site, each hash once, sorted so that the same build always gives the same header.
 * @param {Iterable<string>} pages the HTML of each page
 * @returns {string[]}
 */
export function collectScriptHashes(pages) {
  const hashes = new Set();
  for (const html of pages) {
    for (const text of findInlineScripts(html)) hashes.add(scriptHashSource(text));
  }
  return [...hashes].sort();
}

/** The attributes whose value the browser follows as a URL, where `javascript:` would run. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href']);

/**
 * Script a hash cannot allow: event-handler attributes (`onclick="…"`) and `javascript:` URLs,
 * which CSP blocks unless the policy says `'unsafe-hashes'` or `'unsafe-inline'`. The build
 * refuses a page that has any. Script text and comments are skipped, as their `<` is not a tag.
 * @param {string} html
 * @returns {string[]} each offending attribute, as written
 */
export function findUnhashableScript(html) {
  const markup = html.replace(SCRIPT, '').replace(/<!--[\s\S]*?-->/g, '');
  const found = [];
  for (const [, attributeText = ''] of markup.matchAll(
    new RegExp(String.raw`<[a-zA-Z][^\s/>]*((?:\s+${ATTRIBUTE})*)\s*/?>`, 'g'),
  )) {
    for (const [name, value] of parseAttributes(attributeText)) {
      // The URL parser drops leading and embedded whitespace and control characters.
      const url = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
      const isHandler = name.startsWith('on');
      const isScriptUrl = URL_ATTRIBUTES.has(name) && url.startsWith('javascript:');
      if (isHandler || isScriptUrl) found.push(`${name}="${value}"`);
    }
  }
  return found;
}
