/**
 * Which built files the service worker precaches, and at which URL each is served. Two layouts:
 * `next start` serves prerendered pages from `<distDir>/server/app/*.html` and `public/` as is;
 * a static export (`out/`) is already laid out as the site, one `index.html` per page folder.
 */
import { resolve } from 'node:path';

export type BuildLayout = { kind: 'server'; distDir: string } | { kind: 'export'; distDir: string };

/** The pages every build leaves out: Next's own error pages are served only for a missing URL. */
const ERROR_PAGES = ['_not-found', '_global-error', '404', '500'];

/** The glob patterns to precache, relative to {@link globDirectoryFor}. */
export function precacheGlobs(layout: BuildLayout): string[] {
  if (layout.kind === 'export') {
    return ['**/*.html', '_next/static/**/*', '*.{svg,png,ico,webmanifest}'];
  }
  const distDir = trimSlashes(layout.distDir);
  return [
    `${distDir}/server/app/**/*.html`,
    // Metadata routes (the manifest, the favicon) are written as `<name>.body`.
    `${distDir}/server/app/*.body`,
    `${distDir}/static/**/*`,
    'public/**/*.{svg,png,ico,webmanifest}',
  ];
}

/** The folder the globs are relative to: the export itself, or the project for `next start`. */
export function globDirectoryFor(layout: BuildLayout, projectDir: string): string {
  return layout.kind === 'export' ? resolve(projectDir, layout.distDir) : projectDir;
}

/**
 * The URL a precached file is served at, or null for a file that is not precached (error pages).
 * Pages keep the form their links use: `/quiz` for `next start`, `/quiz/` for the export (its
 * trailingSlash), so an offline visit finds them under the URL it asks for.
 */
export function precacheUrlFor(file: string, layout: BuildLayout): string | null {
  const path = file.replaceAll('\\', '/').replace(/^\.\//, '');
  if (layout.kind === 'export') {
    if (path === 'index.html') return '/';
    if (!path.endsWith('.html')) return `/${path}`;
    // Every page is a folder's index.html; a loose 404.html is the host's error page.
    const page = /^(.+)\/index\.html$/.exec(path)?.[1];
    return page === undefined || isErrorPage(page) ? null : `/${page}/`;
  }
  const distDir = trimSlashes(layout.distDir);
  if (path.startsWith(`${distDir}/static/`)) return `/_next/${path.slice(distDir.length + 1)}`;
  if (path.startsWith('public/')) return `/${path.slice('public/'.length)}`;
  const appPrefix = `${distDir}/server/app/`;
  if (!path.startsWith(appPrefix)) return null;
  const route = path.slice(appPrefix.length);
  if (route.endsWith('.html')) {
    const page = route.slice(0, -'.html'.length);
    if (isErrorPage(page)) return null;
    return page === 'index' ? '/' : `/${page}`;
  }
  if (route.endsWith('.body')) return `/${route.slice(0, -'.body'.length)}`;
  return null;
}

function isErrorPage(page: string): boolean {
  return ERROR_PAGES.some((name) => page === name || page.startsWith(`${name}/`));
}

function trimSlashes(dir: string): string {
  return dir.replace(/^\.?\/+/, '').replace(/\/+$/, '');
}

/** One file as @serwist/build lists it: its path in `url` before {@link toPrecacheManifest}. */
export interface ManifestFile {
  url: string;
  revision?: string | null | undefined;
}

/**
 * Turns the listed files into the precache manifest: each at the URL it is served at, error
 * pages left out. Files under `/_next/static/` carry their content hash in their name, so they
 * need no revision (a new build gives new names); everything else keeps its content hash.
 */
export function toPrecacheManifest<File extends ManifestFile>(
  files: readonly File[],
  layout: BuildLayout,
): File[] {
  return files.flatMap((file) => {
    const url = precacheUrlFor(file.url, layout);
    if (url === null) return [];
    return [{ ...file, url, revision: url.startsWith('/_next/static/') ? null : file.revision }];
  });
}
