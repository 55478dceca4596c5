import { securityHeaders, serviceWorkerHeaders } from './lib/site/security-headers.mjs';

// `STATIC_EXPORT=1 npm run build` writes plain files to out/ for any static host or CDN: one
// folder per page with an index.html, which every file server serves without rewrite rules.
// Headers then come from the host: `npm run build` writes them into out/_headers and out/vercel.json
// (see docs/static-hosting.md); a static export cannot send them itself.
const staticExport = process.env.STATIC_EXPORT === '1';

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The site's CSS is a few KiB: inlined into each page, it costs no render-blocking request
  // before the first paint (docs/decisions/006-performance-is-advisory-in-ci.md). Turbopack's
  // default CSS chunking merged the comparison's and the history's styles into the results page
  // (and so into its HTML, twice); 'graph' gives each page the styles it uses (decision 012).
  // Inlined CSS costs no request, so no request is worth shipping another page's styles to save
  // (requestCost 0): shared modules such as app/_shared/ui get chunks of their own (decision 020).
  // globalNotFound: with a root layout per language, the page for a missing address brings its own
  // (app/global-not-found.tsx, decision 028).
  experimental: {
    inlineCss: true,
    cssChunking: { type: 'graph', requestCost: 0 },
    globalNotFound: true,
  },
  // Lets two builds (for example the audit and a developer's) run side by side without sharing output.
  // A static export's files go to distDir itself, so it gets a folder of its own.
  distDir: process.env.NEXT_DIST_DIR ?? (staticExport ? 'out' : '.next'),
  ...(staticExport
    ? { output: 'export', trailingSlash: true }
    : {
        // Next.js turns these into the build's routes-manifest.json before any page is rendered,
        // so the policy here allows no inline script; scripts/csp/write-headers.mjs, the second
        // step of `npm run build`, adds the hashes of the pages' own (decision 025).
        async headers() {
          return [
            {
              source: '/:path*',
              headers: securityHeaders({ development: process.env.NODE_ENV === 'development' }),
            },
            // The service worker's script gets a policy of its own; where both rules set a header,
            // Next.js sends the later one's.
            { source: '/sw.js', headers: serviceWorkerHeaders() },
          ];
        },
      }),
};

export default nextConfig;
