import { isHashedAsset, isOwnGet, offlinePageCandidates } from '@/sw/requests';

const origin = 'https://role-fit.example';

describe('isOwnGet', () => {
  it('accepts a GET to the site’s own origin', () => {
    expect(isOwnGet({ method: 'GET', url: `${origin}/quiz/` }, origin)).toBe(true);
  });

  it('refuses every other origin, even one that differs only in port or scheme', () => {
    for (const url of [
      'https://cdn.example/lib.js',
      'https://role-fit.example:8443/',
      'http://role-fit.example/',
    ]) {
      expect(isOwnGet({ method: 'GET', url }, origin)).toBe(false);
    }
  });

  it('refuses anything but GET', () => {
    expect(isOwnGet({ method: 'POST', url: `${origin}/` }, origin)).toBe(false);
  });
});

describe('isHashedAsset', () => {
  it('is true only under /_next/static/', () => {
    expect(isHashedAsset(`${origin}/_next/static/chunks/a.js`)).toBe(true);
    expect(isHashedAsset(`${origin}/quiz/`)).toBe(false);
    expect(isHashedAsset(`${origin}/icons/role-fit-192.png`)).toBe(false);
  });
});

describe('offlinePageCandidates', () => {
  it('tries the path as asked, then with the trailing slash toggled', () => {
    expect(offlinePageCandidates(`${origin}/quiz`)).toEqual([`${origin}/quiz`, `${origin}/quiz/`]);
    expect(offlinePageCandidates(`${origin}/quiz/`)).toEqual([`${origin}/quiz/`, `${origin}/quiz`]);
  });

  it('drops the query string, as every page is static', () => {
    expect(offlinePageCandidates(`${origin}/results/?from=share`)[0]).toBe(`${origin}/results/`);
  });

  it('has one candidate for the home page', () => {
    expect(offlinePageCandidates(`${origin}/`)).toEqual([`${origin}/`]);
  });
});
