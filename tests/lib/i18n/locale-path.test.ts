import fc from 'fast-check';

import { localePath, splitLocalePath } from '@/lib/i18n/locale-path';
import { LOCALES } from '@/lib/i18n/locales';

describe('a page path in a language', () => {
  it('keeps English at the site’s first URLs and puts another language in a folder', () => {
    expect(localePath('en', '/results#1.2.f.x')).toBe('/results#1.2.f.x');
    expect(localePath('es', '/results#1.2.f.x')).toBe('/es/results#1.2.f.x');
    expect(localePath('de', '/')).toBe('/de');
    expect(localePath('es', '#main')).toBe('#main');
  });

  it('reads the language and the page back from any path', () => {
    expect(splitLocalePath('/es/quiz')).toEqual({ locale: 'es', page: '/quiz' });
    expect(splitLocalePath('/de')).toEqual({ locale: 'de', page: '/' });
    expect(splitLocalePath('/quiz')).toEqual({ locale: 'en', page: '/quiz' });
    expect(splitLocalePath('/en/quiz')).toEqual({ locale: 'en', page: '/en/quiz' });
    expect(splitLocalePath('/espresso')).toEqual({ locale: 'en', page: '/espresso' });
  });

  it('round-trips every page in every language', () => {
    const segment = fc
      .stringMatching(/^[a-z-]{1,12}$/)
      .filter((s) => !LOCALES.includes(s as never));
    const page = fc.array(segment, { maxLength: 3 }).map((parts) => `/${parts.join('/')}`);
    fc.assert(
      fc.property(fc.constantFrom(...LOCALES), page, (locale, path) => {
        expect(splitLocalePath(localePath(locale, path))).toEqual({ locale, page: path });
      }),
    );
  });
});
