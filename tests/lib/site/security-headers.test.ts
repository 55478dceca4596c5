import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import nextConfig from '@/next.config.mjs';
import { securityHeaders, serviceWorkerHeaders } from '@/lib/site/security-headers.mjs';

const header = (name: string, development = false, scriptHashes: string[] = []) =>
  securityHeaders({ development, scriptHashes }).find((h) => h.key === name)?.value ?? '';

/** How docs/static-hosting.md writes the build's list of script hashes. */
const DOCUMENTED_HASHES = ["'sha256-…'"];

describe('securityHeaders', () => {
  it('allows no eval and no source outside our own origin in production', () => {
    const csp = header('Content-Security-Policy');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/https?:|\*/);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
  });

  it('forbids framing by any site', () => {
    expect(header('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    expect(header('X-Frame-Options')).toBe('DENY');
  });

  it('sends no referrer and no content sniffing', () => {
    expect(header('Referrer-Policy')).toBe('no-referrer');
    expect(header('X-Content-Type-Options')).toBe('nosniff');
  });

  it('denies the browser features the quiz does not use, keeping copying for itself', () => {
    const policy = header('Permissions-Policy');
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
      expect(policy).toContain(`${feature}=()`);
    }
    expect(policy).toContain('clipboard-write=(self)');
  });

  it('allows eval only for React’s development build', () => {
    expect(header('Content-Security-Policy', true)).toContain("'unsafe-eval'");
  });

  it('allows inline scripts in production only by the hashes the build found', () => {
    const hashes = ["'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='", "'sha256-b'"];
    expect(header('Content-Security-Policy', false, hashes)).toContain(
      `script-src 'self' ${hashes.join(' ')};`,
    );
    expect(header('Content-Security-Policy')).toContain("script-src 'self';");
    expect(header('Content-Security-Policy', false, hashes)).not.toMatch(
      /script-src[^;]*'unsafe-inline'/,
    );
  });

  it('allows any inline script only under next dev, whose pages no build has hashed', () => {
    expect(header('Content-Security-Policy', true)).toMatch(/script-src[^;]*'unsafe-inline'/);
  });
});

describe('serviceWorkerHeaders', () => {
  const workerPolicy = () =>
    serviceWorkerHeaders().find((h) => h.key === 'Content-Security-Policy')?.value ?? '';

  it('lets the worker fetch this origin’s files and nothing else: no script, no other origin', () => {
    expect(workerPolicy()).toBe("default-src 'none'; connect-src 'self'");
  });

  it('keeps any cache from answering a check for a new worker', () => {
    expect(serviceWorkerHeaders()).toContainEqual({ key: 'Cache-Control', value: 'no-cache' });
  });
});

describe('next.config.mjs', () => {
  it('serves the security headers on every path, then the worker’s own on its script', async () => {
    const rules = await nextConfig.headers?.();
    expect(rules).toEqual([
      { source: '/:path*', headers: securityHeaders() },
      { source: '/sw.js', headers: serviceWorkerHeaders() },
    ]);
  });
});

describe('docs/static-hosting.md', () => {
  it('lists the same headers, with the same values, that npm start sends', () => {
    const doc = readFileSync(resolve(__dirname, '../../../docs/static-hosting.md'), 'utf8');
    const rows = doc.split('\n').filter((line) => line.startsWith('| `'));
    for (const { key, value } of securityHeaders({ scriptHashes: DOCUMENTED_HASHES })) {
      const row = rows.find((line) => line.startsWith(`| \`${key}\``));
      expect(row, key).toContain(`\`${value}\``);
    }
  });

  it('lists the service worker’s own headers as well', () => {
    const doc = readFileSync(resolve(__dirname, '../../../docs/static-hosting.md'), 'utf8');
    const table = doc.slice(doc.indexOf('| header on `/sw.js`'));
    for (const { key, value } of serviceWorkerHeaders()) {
      expect(table, key).toMatch(new RegExp(`\\| \`${key}\`\\s*\\| \`${value}\``));
    }
  });
});
