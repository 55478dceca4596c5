import fc from 'fast-check';

import { readPastedLink } from '@/lib/codecs/pasted-link';

const code = '1.1.f.Q2xhAbC-_.Kp';

describe('readPastedLink', () => {
  it.each([
    ['a full results link', `https://role-fit.example/results#${code}`],
    ['a link with spaces around it', `  https://role-fit.example/results#${code}\n`],
    ['just the fragment', `#${code}`],
    ['the bare code', code],
    [
      'a link whose dots a mail program escaped',
      `https://x.example/results#${code.replace(/\./g, '%2E')}`,
    ],
  ])('finds the share code in %s', (_, text) => {
    expect(readPastedLink(text)).toBe(code);
  });

  it('never throws, whatever is pasted', () => {
    fc.assert(fc.property(fc.string(), (text) => void readPastedLink(text)));
  });
});
