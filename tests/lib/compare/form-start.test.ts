import { encodeCompareCode } from '@/lib/codecs/compare-code';
import { startFromCode, startFromComparison } from '@/lib/compare/form-start';

describe('startFromComparison', () => {
  it('links each person’s result and leaves a default name out', () => {
    const start = startFromComparison(
      [
        { code: 'CODE-A', name: 'Alex' },
        { code: 'CODE-B', name: 'Person B' },
      ],
      'https://role-fit.example',
    );
    expect(start).toEqual({
      links: ['https://role-fit.example/results#CODE-A', 'https://role-fit.example/results#CODE-B'],
      names: ['Alex', ''],
    });
  });
});

describe('startFromCode', () => {
  it('makes a single result the first link', () => {
    expect(startFromCode('1.2.f.abc.x', 'single-result').links).toEqual(['1.2.f.abc.x', '']);
  });

  it('keeps both links of a comparison that could not be opened', () => {
    const code = encodeCompareCode(['GOOD', 'DAMAGED'], ['Alex', 'Sam']);
    expect(startFromCode(code, 'tampered')).toEqual({
      links: ['GOOD', 'DAMAGED'],
      names: ['', ''],
    });
  });

  it('starts empty from text that is no code at all', () => {
    expect(startFromCode('nonsense', 'malformed').links).toEqual(['', '']);
  });
});
