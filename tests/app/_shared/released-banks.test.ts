import { LOADABLE_BANK_VERSIONS, loadReleasedBank } from '@/app/_shared/released-banks';
import { loadBankVersion } from '@/lib/bank/load-bank';
import { loadTranslatedBank } from '@/lib/i18n/load-translated-bank';
import { LOCALES } from '@/lib/i18n/locales';
import { RELEASED_VERSIONS } from '@/lib/versions/released-versions';

describe('the banks the browser can fetch', () => {
  it('are every released version, so that no released result is left unreadable', () => {
    expect(LOADABLE_BANK_VERSIONS).toEqual(RELEASED_VERSIONS);
  });

  it.each(RELEASED_VERSIONS)('loads version %i as the server loads it', async (version) => {
    expect(await loadReleasedBank(version, 'en')).toEqual(loadBankVersion(version));
  });

  it.each(
    RELEASED_VERSIONS.flatMap((version) => LOCALES.map((locale) => [version, locale] as const)),
  )('loads version %i in %s as the server translates it', async (version, locale) => {
    expect(await loadReleasedBank(version, locale)).toEqual(loadTranslatedBank(version, locale));
  });

  it('gives an earlier version in Spanish its Spanish words and the same questions', async () => {
    const english = await loadReleasedBank(1, 'en');
    const spanish = await loadReleasedBank(1, 'es');
    expect(spanish?.questions.map((q) => q.id)).toEqual(english?.questions.map((q) => q.id));
    expect(spanish?.questions[0]?.text).not.toBe(english?.questions[0]?.text);
    expect(spanish?.scoring).toEqual(english?.scoring);
  });

  it('has nothing for a version never released', async () => {
    expect(await loadReleasedBank(99, 'en')).toBeNull();
    expect(await loadReleasedBank(99, 'de')).toBeNull();
  });
});
