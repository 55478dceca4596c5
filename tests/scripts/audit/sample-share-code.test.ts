import { loadBank } from '@/lib/bank/load-bank';
import { DECODER_COPY } from '@/lib/codecs/decoder-copy';
import { decodeCompareCode } from '@/lib/codecs/compare-code';
import { decodeShareCode } from '@/lib/codecs/share-code';
import { decodeTeamCode } from '@/lib/codecs/team-code';
import {
  pageUrl,
  sampleCompareCode,
  sampleShareCode,
  sampleTeamCode,
} from '@/scripts/audit/sample-share-code';

const bank = loadBank();

describe('the audit’s sample links', () => {
  it('fill a share-code placeholder with a readable full answer set', () => {
    const url = pageUrl('http://127.0.0.1:3000', '/results#{share-code}');
    const decoded = decodeShareCode(bank, url.split('#')[1] ?? '', DECODER_COPY);
    expect(decoded.ok && Object.keys(decoded.value.answers)).toHaveLength(bank.questions.length);
  });

  it('fill a compare-code placeholder with a readable comparison of two different people', () => {
    const url = pageUrl('http://127.0.0.1:3000', '/compare#{compare-code}');
    expect(url).toBe(`http://127.0.0.1:3000/compare#${sampleCompareCode()}`);
    const decoded = decodeCompareCode(bank, sampleCompareCode(), DECODER_COPY);
    expect(decoded.ok && decoded.value.map((p) => p.name)).toEqual(['Alex', 'Sam']);
    expect(sampleShareCode(2)).not.toBe(sampleShareCode());
  });

  it('fill a team-code placeholder with a readable team of four different people', () => {
    const url = pageUrl('http://127.0.0.1:3000', '/team#{team-code}');
    expect(url).toBe(`http://127.0.0.1:3000/team#${sampleTeamCode()}`);
    const decoded = decodeTeamCode(() => bank, sampleTeamCode(), DECODER_COPY);
    expect(decoded.ok && decoded.problems).toEqual([]);
    expect(decoded.ok && decoded.members.map((m) => m.name)).toEqual(['Alex', 'Sam', 'Kim', 'Lee']);
    expect(new Set(decoded.ok ? decoded.members.map((m) => m.code) : []).size).toBe(4);
  });
});
