import { LOADABLE_BANK_VERSIONS, loadReleasedBank } from '@/app/_shared/released-banks';
import { loadBankVersion } from '@/lib/bank/load-bank';
import { RELEASED_VERSIONS } from '@/lib/versions/released-versions';

describe('the banks the browser can fetch', () => {
  it('are every released version, so that no released result is left unreadable', () => {
    expect(LOADABLE_BANK_VERSIONS).toEqual(RELEASED_VERSIONS);
  });

  it.each(RELEASED_VERSIONS)('loads version %i as the server loads it', async (version) => {
    expect(await loadReleasedBank(version)).toEqual(loadBankVersion(version));
  });

  it('has nothing for a version never released', async () => {
    expect(await loadReleasedBank(99)).toBeNull();
  });
});
