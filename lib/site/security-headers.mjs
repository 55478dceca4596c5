/**
 * The response headers every page is served with: no third-party sources, no eval, no framing,
 * no referrer, and no browser features the quiz does not use. Shared by next.config.mjs (for
 * `npm start`) and the static-hosting docs, so both list the same set.
 *
 * @param {{ development?: boolean }} [options] React's development build needs eval.
 * @returns {{ key: string, value: string }[]}
 */
export function securityHeaders({ development = false } = {}) {
  const csp = [
    "default-src 'self'",
    // Next.js streams each page's data in inline scripts, so inline scripts are allowed; nothing
    // from another origin is, and eval only in development.
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ''}`,
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
