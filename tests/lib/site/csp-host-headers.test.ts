import {
  CSP,
  exportPagePaths,
  headersFile,
  headersForPath,
  hostRules,
  MAX_HEADERS_LINE,
  parseHeadersFile,
  vercelJson,
} from '@/scripts/csp/host-headers.mjs';
import { securityHeaders, serviceWorkerHeaders } from '@/lib/site/security-headers.mjs';

const hash = (n: number) => `'sha256-${String(n).padStart(43, 'A')}='`;
const policyOf = (hashes: string[]) =>
  securityHeaders({ scriptHashes: hashes }).find(({ key }) => key === CSP)?.value ?? '';
const headers = securityHeaders({ scriptHashes: [hash(1), hash(2)] });
const workerHeaders = serviceWorkerHeaders();
const pages = [
  { paths: ['/'], policy: policyOf([hash(1)]) },
  { paths: ['/es/quiz', '/es/quiz/'], policy: policyOf([hash(2)]) },
];
const rules = hostRules(headers, pages, workerHeaders);

describe('the static host’s rules', () => {
  it('send every header but the policy on every path, and each page its own policy', () => {
    expect(headersForPath(rules, '/es/quiz/')).toEqual([
      ...headers.filter(({ key }) => key !== CSP),
      { key: CSP, value: policyOf([hash(2)]) },
    ]);
    expect(headersForPath(rules, '/')).toContainEqual({ key: CSP, value: policyOf([hash(1)]) });
  });

  it('never hold a page to a second policy, which a host would join with its own', () => {
    for (const path of ['/', '/es/quiz', '/es/quiz/']) {
      const policies = headersForPath(rules, path).filter(({ key }) => key === CSP);
      expect(policies).toHaveLength(1);
      expect(policies[0]?.value).not.toContain(',');
    }
  });

  it('give the service worker its own headers, each once', () => {
    const sent = headersForPath(rules, '/sw.js');
    for (const header of workerHeaders) expect(sent).toContainEqual(header);
  });

  it('name each exported page at its address with and without the slash', () => {
    expect(exportPagePaths('index.html')).toEqual(['/']);
    expect(exportPagePaths('es/quiz/index.html')).toEqual(['/es/quiz', '/es/quiz/']);
    expect(exportPagePaths('404.html')).toBeNull();
  });
});

describe('headersFile', () => {
  it('writes the rules as Netlify and Cloudflare Pages read them', () => {
    expect(parseHeadersFile(headersFile(rules))).toEqual(rules);
  });

  it('refuses a policy longer than Cloudflare Pages reads', () => {
    const long = [
      { paths: ['/'], policy: policyOf(Array.from({ length: 40 }, (_, i) => hash(i))) },
    ];
    expect(() => headersFile(hostRules(headers, long, workerHeaders))).toThrow(
      String(MAX_HEADERS_LINE),
    );
  });
});

describe('vercelJson', () => {
  it('writes the same rules, `/*` as Vercel spells it', () => {
    const { headers: written } = JSON.parse(vercelJson(rules)) as {
      headers: { source: string; headers: unknown }[];
    };
    expect(written.map(({ source }) => source)).toEqual([
      '/(.*)',
      '/',
      '/es/quiz',
      '/es/quiz/',
      '/sw.js',
    ]);
    expect(written[0]?.headers).toEqual(rules[0]?.headers);
  });
});
