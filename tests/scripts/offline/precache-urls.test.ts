import {
  precacheGlobs,
  precacheUrlFor,
  toPrecacheManifest,
  type BuildLayout,
} from '@/scripts/offline/precache-urls';

const server: BuildLayout = { kind: 'server', distDir: '.next-e2e' };
const exported: BuildLayout = { kind: 'export', distDir: 'out' };

describe('precacheUrlFor', () => {
  it('serves a server build’s prerendered pages at their paths without a trailing slash', () => {
    expect(precacheUrlFor('.next-e2e/server/app/index.html', server)).toBe('/');
    expect(precacheUrlFor('.next-e2e/server/app/quiz.html', server)).toBe('/quiz');
  });

  it('serves a server build’s chunks under /_next/ and public files at the root', () => {
    expect(precacheUrlFor('.next-e2e/static/chunks/3yslbroy5030n.js', server)).toBe(
      '/_next/static/chunks/3yslbroy5030n.js',
    );
    expect(precacheUrlFor('public/icons/role-fit-192.png', server)).toBe('/icons/role-fit-192.png');
  });

  it('serves metadata routes such as the manifest from their .body files', () => {
    expect(precacheUrlFor('.next-e2e/server/app/manifest.webmanifest.body', server)).toBe(
      '/manifest.webmanifest',
    );
  });

  it('serves an exported page at its folder, with the trailing slash its links use', () => {
    expect(precacheUrlFor('index.html', exported)).toBe('/');
    expect(precacheUrlFor('results/index.html', exported)).toBe('/results/');
    expect(precacheUrlFor('_next/static/chunks/a.js', exported)).toBe('/_next/static/chunks/a.js');
  });

  it('leaves out the error pages of both layouts', () => {
    expect(precacheUrlFor('.next-e2e/server/app/_not-found.html', server)).toBeNull();
    expect(precacheUrlFor('.next-e2e/server/app/_global-error.html', server)).toBeNull();
    expect(precacheUrlFor('_not-found/index.html', exported)).toBeNull();
    expect(precacheUrlFor('404.html', exported)).toBeNull();
  });

  it('leaves out server files that are not served as they are', () => {
    expect(precacheUrlFor('.next-e2e/server/app/quiz.rsc', server)).toBeNull();
    expect(precacheUrlFor('.next-e2e/server/chunks/ssr/a.js', server)).toBeNull();
  });
});

describe('precacheGlobs', () => {
  it('looks in the server build’s own folder, so side-by-side builds never mix', () => {
    expect(
      precacheGlobs(server).every(
        (glob) => glob.startsWith('.next-e2e/') || glob.startsWith('public/'),
      ),
    ).toBe(true);
  });
});

describe('toPrecacheManifest', () => {
  it('drops the revision of hashed chunks, keeps it for pages and leaves out error pages', () => {
    const files = [
      { url: 'quiz/index.html', revision: 'abc', size: 10 },
      { url: '_next/static/chunks/a.js', revision: 'def', size: 20 },
      { url: '404.html', revision: 'ghi', size: 30 },
    ];
    expect(toPrecacheManifest(files, exported)).toEqual([
      { url: '/quiz/', revision: 'abc', size: 10 },
      { url: '/_next/static/chunks/a.js', revision: null, size: 20 },
    ]);
  });
});
