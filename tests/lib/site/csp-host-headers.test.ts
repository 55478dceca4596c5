import {
  headersFile,
  MAX_HEADERS_LINE,
  parseHeadersFile,
  vercelJson,
} from '@/scripts/csp/host-headers.mjs';
import { securityHeaders } from '@/lib/site/security-headers.mjs';

const headers = securityHeaders({
  scriptHashes: ["'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='"],
});

describe('headersFile', () => {
  it('sends every header on every path, as Netlify and Cloudflare Pages read it', () => {
    expect(parseHeadersFile(headersFile(headers))).toEqual([{ path: '/*', headers }]);
  });

  it('refuses a policy longer than Cloudflare Pages reads', () => {
    const hashes = Array.from({ length: 40 }, (_, i) => `'sha256-${String(i).padStart(43, 'A')}='`);
    expect(() => headersFile(securityHeaders({ scriptHashes: hashes }))).toThrow(
      String(MAX_HEADERS_LINE),
    );
  });
});

describe('vercelJson', () => {
  it('sends every header on every path', () => {
    expect(JSON.parse(vercelJson(headers))).toEqual({ headers: [{ source: '/(.*)', headers }] });
  });
});
