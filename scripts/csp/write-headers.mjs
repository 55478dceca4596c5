// Runs after `next build` (the `build` script in package.json): hashes the inline scripts of every
// prerendered page and puts them into the Content-Security-Policy the site is served with, so that
// `script-src` needs no 'unsafe-inline' (docs/decisions/025-csp-hashes.md).
//
// - `npm start`: Next.js reads the headers from the build's routes-manifest.json, which the build
//   wrote before any page was rendered; the hashes are put into it here.
// - A static export (STATIC_EXPORT=1): `_headers` (Netlify, Cloudflare Pages) and `vercel.json`
//   are written into out/ (docs/static-hosting.md), with each page's own hashes on its paths.

import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

import nextConfig from '../../next.config.mjs';
import { securityHeaders, serviceWorkerHeaders } from '../../lib/site/security-headers.mjs';
import { CSP, exportPagePaths, headersFile, hostRules, vercelJson } from './host-headers.mjs';
import { collectScriptHashes, findUnhashableScript } from './inline-scripts.mjs';

const projectDir = fileURLToPath(new URL('../../', import.meta.url));
const distDir = resolve(projectDir, nextConfig.distDir ?? '.next');
const staticExport = nextConfig.output === 'export';

/**
 * Every .html file under a folder.
 * @param {string} dir
 * @returns {Promise<string[]>}
 */
async function findHtmlFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

// A server build keeps its prerendered pages under server/; an export is all pages.
const files = await findHtmlFiles(staticExport ? distDir : join(distDir, 'server'));
if (files.length === 0)
  throw new Error(`No prerendered pages in ${distDir}: run next build first.`);
const pages = await Promise.all(files.map((file) => readFile(file, 'utf8')));

const unhashable = files.flatMap((file, i) =>
  findUnhashableScript(pages[i] ?? '').map((found) => `${relative(projectDir, file)}: ${found}`),
);
if (unhashable.length > 0) {
  throw new Error(
    `Inline event handlers and javascript: URLs cannot be allowed by a hash; use a listener:\n${unhashable.join('\n')}`,
  );
}

const scriptHashes = collectScriptHashes(pages);
const headers = securityHeaders({ scriptHashes });

if (staticExport) {
  // Each page gets the policy with its own scripts' hashes (decision 025).
  const pagePolicies = files.flatMap((file, i) => {
    const paths = exportPagePaths(relative(distDir, file).replaceAll('\\', '/'));
    if (paths === null) return [];
    const own = securityHeaders({ scriptHashes: collectScriptHashes([pages[i] ?? '']) });
    return [{ paths, policy: own.find(({ key }) => key === CSP)?.value ?? '' }];
  });
  const rules = hostRules(headers, pagePolicies, serviceWorkerHeaders());
  await writeFile(join(distDir, '_headers'), headersFile(rules));
  await writeFile(join(distDir, 'vercel.json'), vercelJson(rules));
} else {
  // next.config.mjs's headers() gave the policy without hashes (no page existed yet); find that
  // rule and give it the hashes (again, if this runs twice). Anything else means the manifest is
  // not what this expects.
  const manifestPath = join(distDir, 'routes-manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
  const rules = (manifest.headers ?? []).filter(
    (/** @type {{ headers: unknown }} */ rule) =>
      isDeepStrictEqual(rule.headers, securityHeaders()) ||
      isDeepStrictEqual(rule.headers, headers),
  );
  if (rules.length !== 1) {
    throw new Error(
      `${relative(projectDir, manifestPath)} holds ${rules.length} rules with the security headers, not 1: has Next.js changed its format?`,
    );
  }
  rules[0].headers = headers;
  await writeFile(manifestPath, JSON.stringify(manifest));
}

console.log(
  `Content-Security-Policy: ${scriptHashes.length} inline script hashes from ${files.length} pages in ${relative(projectDir, distDir)}/`,
);
