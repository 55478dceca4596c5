import { pairingKindLabels } from '@/lib/compare/kind-labels';
import { loadSiteWords } from '@/lib/i18n/load-site-words';

describe('pairingKindLabels', () => {
  it('names each kind of pairing with the short label of the copy', () => {
    expect(pairingKindLabels(loadSiteWords('en').compare)).toEqual({
      clash: 'Likely clash',
      complement: 'Complement',
      aligned: 'Aligned',
      unknown: 'Not enough answers',
    });
  });

  it('names them in the language of the words it is given', () => {
    expect(pairingKindLabels(loadSiteWords('es').compare)).toEqual({
      clash: 'Choque probable',
      complement: 'Complemento',
      aligned: 'En sintonía',
      unknown: loadSiteWords('es').compare.kinds.unknown.label,
    });
  });
});
