import fc from 'fast-check';

import { formatDecimal } from '@/lib/copy/format-decimal';
import { loadSiteWords } from '@/lib/i18n/load-site-words';

describe('a decimal in a language', () => {
  it('uses the language’s decimal mark', () => {
    expect(formatDecimal(1.6, 1, loadSiteWords('en').scoring.decimalMark)).toBe('1.6');
    expect(formatDecimal(1.6, 1, loadSiteWords('de').scoring.decimalMark)).toBe('1,6');
    expect(formatDecimal(6, 1, loadSiteWords('es').decoders.decimalMark)).toBe('6,0');
  });

  it('reads back as the same number with either mark', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.integer({ min: 0, max: 3 }),
        (n, d) => {
          const written = formatDecimal(n, d, ',');
          expect(Number(written.replace(',', '.'))).toBe(Number(n.toFixed(d)));
        },
      ),
    );
  });
});
