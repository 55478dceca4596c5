import {
  headersFile,
  MAX_HEADERS_LINE,
  parseHeadersFile,
  vercelJson,
} from '@/scripts/csp/host-headers.mjs';
import { securityHeaders, serviceWorkerHeaders } from '@/lib/site/security-headers.mjs';

const headers = securityHeaders({
  scriptHashes: ["'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='"],
});
const workerHeaders = serviceWorkerHeaders();

describe('headersFile', () => {
  it('sends every header on every path, and the worker its own, as Netlify and Cloudflare Pages read it', () => {
    expect(parseHeadersFile(headersFile(headers, workerHeaders))).toEqual([
      { path: '/*', headers },
      { path: '/sw.js', headers: workerHeaders },
    ]);
  });

  it('refuses a policy longer than Cloudflare Pages reads', () => {
    const hashes = Array.from({ length: 40 }, (_, i) => `'sha256-${String(i).padStart(43, 'A')}='`);
    expect(() => headersFile(securityHeaders({ scriptHashes: hashes }), workerHeaders)).toThrow(
      String(MAX_HEADERS_LINE),
    );
  });
});

describe('vercelJson', () => {
  it('sends every header on every path, and the worker its own after them', () => {
    expect(JSON.parse(vercelJson(headers, workerHeaders))).toEqual({
      headers: [
        { source: '/(.*)', headers },
        { source: '/sw.js', headers: workerHeaders },
      ],
    });
  });
});
