/**
 * Runs after `next build` (the package's build script): bundles sw/sw.ts and writes it with the
 * list of files to precache. A static export gets it as `<distDir>/sw.js` (out/sw.js), a server
 * build as public/sw.js, which `next start` serves as it is. It reads the same environment as
 * next.config.mjs (STATIC_EXPORT, NEXT_DIST_DIR), so it always lists the build just made.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

import { injectManifest } from '@serwist/build';
import { build } from 'esbuild';

import {
  globDirectoryFor,
  precacheGlobs,
  toPrecacheManifest,
  type BuildLayout,
} from './precache-urls';

const projectDir = resolve(import.meta.dirname, '../..');
const staticExport = process.env.STATIC_EXPORT === '1';
const distDir = process.env.NEXT_DIST_DIR ?? (staticExport ? 'out' : '.next');
const layout: BuildLayout = staticExport
  ? { kind: 'export', distDir }
  : { kind: 'server', distDir };
const swDest = staticExport
  ? resolve(projectDir, distDir, 'sw.js')
  : join(projectDir, 'public/sw.js');

const scratch = mkdtempSync(join(tmpdir(), 'role-fit-sw-'));
try {
  const swSrc = join(scratch, 'sw.js');
  await build({
    entryPoints: [join(projectDir, 'sw/sw.ts')],
    outfile: swSrc,
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    // Serwist's development logging is behind this check.
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  const { count, size, warnings } = await injectManifest({
    swSrc,
    swDest,
    globDirectory: globDirectoryFor(layout, projectDir),
    globPatterns: precacheGlobs(layout),
    globIgnores: ['**/sw.js', '**/*.map'],
    // The largest chunk (the PDF writer) is well under this; a bigger one would be left out with a warning.
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    manifestTransforms: [
      (files) => ({ manifest: toPrecacheManifest(files, layout), warnings: [] }),
    ],
  });
  for (const warning of warnings) console.warn(`service worker: ${warning}`);
  console.log(
    `service worker: ${relative(projectDir, swDest)} precaches ${count} files, ${Math.round(size / 1024)} KiB`,
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
