/**
 * The response headers every page is served with: no third-party sources, no inline script but
 * the build's own, no eval, no framing, no referrer, and no browser features the quiz does not
 * use. Shared by next.config.mjs (for `npm start`), the headers files written for static hosts
 * (scripts/csp/write-headers.mjs) and the static-hosting docs, so all list the same set.
 *
 * @param {{ development?: boolean, scriptHashes?: readonly string[] }} [options]
 *   `scriptHashes`: the `'sha256-…'` sources of the inline scripts the built pages send, found
 *   after the build (docs/decisions/025-csp-hashes.md); without them no inline script may run.
 *   `development`: React's development build needs eval, and `next dev` streams inline scripts
 *   no build has hashed, so it alone gets `'unsafe-inline'`.
 * @returns {{ key: string, value: string }[]}
 */
export function securityHeaders({ development = false, scriptHashes = [] } = {}) {
  const scriptSources = development
    ? ["'self'", "'unsafe-inline'", "'unsafe-eval'"]
    : ["'self'", ...scriptHashes];
  const csp = [
    "default-src 'self'",
    // Next.js streams each page's data in inline scripts: each is allowed by its hash, and
    // nothing else inline, nor from another origin, may run.
    `script-src ${scriptSources.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return [
    { key: 'Content-Security-Policy', value: csp },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'no-referrer' },
    { key: 'X-Frame-Options', value: 'DENY' },
    // Lighthouse charges this ~20 ms of TBT (a new process after its about:blank start); a real
    // visitor from another site gets a new process anyway, so it stays (decision 013).
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    {
      key: 'Permissions-Policy',
      value: [
        'accelerometer=()',
        'autoplay=()',
        'camera=()',
        'display-capture=()',
        'geolocation=()',
        'gyroscope=()',
        'magnetometer=()',
        'microphone=()',
        'midi=()',
        'payment=()',
        'usb=()',
        'browsing-topics=()',
        'clipboard-read=()',
        'clipboard-write=(self)',
      ].join(', '),
    },
  ];
}

/**
 * The headers of the service worker's own script (sw/sw.ts, decision 026). A worker is governed
 * by the policy its script is served with, not by the page's: it runs no other script and
 * loads nothing but this origin's files into its cache, so it is allowed exactly that.
 * @returns {{ key: string, value: string }[]}
 */
export function serviceWorkerHeaders() {
  return [
    { key: 'Content-Security-Policy', value: "default-src 'none'; connect-src 'self'" },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    // A browser checks for a new worker on each visit; this keeps a cache between from answering.
    { key: 'Cache-Control', value: 'no-cache' },
  ];
}
