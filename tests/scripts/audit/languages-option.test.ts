import { LOCALES } from '@/lib/i18n/locales';
import { parseLanguagesOption } from '@/scripts/audit/languages-option';

describe('parseLanguagesOption', () => {
  it('audits every language when the option is absent', () => {
    expect(parseLanguagesOption(undefined)).toEqual(LOCALES);
  });

  it('keeps the languages asked for, in the order of LOCALES', () => {
    expect(parseLanguagesOption('de,en')).toEqual(['en', 'de']);
    expect(parseLanguagesOption(' en , es ')).toEqual(['en', 'es']);
  });

  it('adds English when left out, since every other language is measured against it', () => {
    expect(parseLanguagesOption('es')).toEqual(['en', 'es']);
  });

  it('rejects an unknown or empty list, naming the languages there are', () => {
    expect(() => parseLanguagesOption('en,fr')).toThrow(
      `--languages takes a comma-separated list of ${LOCALES.join(', ')}; got "en,fr"`,
    );
    expect(() => parseLanguagesOption(',')).toThrow('--languages takes');
  });
});
