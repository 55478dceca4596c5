import { LANGUAGE_CHOICE_KEY, languageChoiceScript } from '@/lib/i18n/language-choice';
import type { Locale } from '@/lib/i18n/locales';

/** Runs the script as a page in `locale` at `url` would, with `chosen` stored; where it went. */
function run(locale: Locale, url: string, chosen: string | null | Error): string | null {
  const { pathname, search, hash } = new URL(url, 'https://role-fit.example');
  let went: string | null = null;
  const localStorage = {
    getItem: (key: string) => {
      if (chosen instanceof Error) throw chosen;
      return key === LANGUAGE_CHOICE_KEY ? chosen : null;
    },
  };
  const location = { pathname, search, hash, replace: (to: string) => (went = to) };
  new Function('localStorage', 'location', languageChoiceScript(locale))(localStorage, location);
  return went;
}

describe('the remembered language choice', () => {
  it.each([
    ['en', '/quiz', 'es', '/es/quiz'],
    ['en', '/', 'de', '/de'],
    ['en', '/results#1.2.f.abc', 'es', '/es/results#1.2.f.abc'],
    ['en', '/compare?x=1#c1.2', 'de', '/de/compare?x=1#c1.2'],
    ['es', '/es/quiz', 'en', '/quiz'],
    ['es', '/es', 'en', '/'],
    ['es', '/es/team#t1.3', 'de', '/de/team#t1.3'],
    ['de', '/de/', 'es', '/es'],
    // A static export's pages end in a slash.
    ['es', '/es/history/', 'en', '/history/'],
    ['en', '/roles/', 'de', '/de/roles/'],
  ] as const)('takes a %s page at %s to the chosen %s one', (locale, url, chosen, to) => {
    expect(run(locale, url, chosen)).toBe(to);
  });

  it('leaves a page in the chosen language, or with no choice, as it is', () => {
    expect(run('en', '/quiz', null)).toBeNull();
    expect(run('en', '/quiz', 'en')).toBeNull();
    expect(run('es', '/es/quiz', 'es')).toBeNull();
  });

  it('ignores a stored value that names no language, and storage that cannot be read', () => {
    expect(run('en', '/quiz', 'fr')).toBeNull();
    expect(run('en', '/quiz', '"es"')).toBeNull();
    expect(run('en', '/quiz', new Error('SecurityError'))).toBeNull();
  });
});
