import { decodeCompareCode, encodeCompareCode } from '@/lib/codecs/compare-code';
import { DECODER_COPY } from '@/lib/codecs/decoder-copy';
import { encodeShareCode } from '@/lib/codecs/share-code';
import { buildHistoryRows } from '@/lib/history/build-history-rows';
import { describeTrend, trendPoints } from '@/lib/history/describe-trend';
import { scoreAnswers } from '@/lib/scoring';
import { tinyBank } from '@/tests/fixtures/tiny-bank';

import { loadSiteWords } from '@/lib/i18n/load-site-words';

import { sampleEntry, stamp } from './history-arbitraries';

const english = loadSiteWords('en');
const spanish = loadSiteWords('es');

describe('buildHistoryRows', () => {
  it('takes fits and verdict from the engine and opens the result by its share code', () => {
    const entry = sampleEntry();
    const profile = scoreAnswers(tinyBank, entry.answers, english.scoring, { form: entry.form });
    expect(buildHistoryRows(english, tinyBank, [entry])).toEqual([
      {
        id: entry.id,
        finishedAt: entry.finishedAt,
        form: 'full',
        carriedOver: false,
        kind: 'scored',
        fit: profile.fit,
        verdict: { kind: profile.verdict.kind, headline: profile.verdict.headline },
        bankVersion: 3,
        earlierVersion: false,
        shareCode: encodeShareCode(tinyBank, { form: 'full', answers: entry.answers }),
        compareWithEarlier: null,
      },
    ]);
  });

  it('compares each result with the scored one finished just before it, named by its day', () => {
    const first = { ...sampleEntry('2026-01-01T00:00:00.000Z'), answers: { 'tech-01': 2 } };
    const other = { ...sampleEntry('2026-02-01T00:00:00.000Z'), bank: { ...stamp, version: 1 } };
    const last = { ...sampleEntry('2026-03-01T00:00:00.000Z'), answers: { 'tech-01': 5 } };
    const rows = buildHistoryRows(
      english,
      tinyBank,
      [last, other, first],
      (iso) => `day ${iso.slice(5, 10)}`,
    );
    const codeOf = (entry: typeof first) =>
      encodeShareCode(tinyBank, { form: entry.form, answers: entry.answers });

    expect(rows[0]).toMatchObject({
      compareWithEarlier: {
        finishedAt: first.finishedAt,
        compareCode: encodeCompareCode([codeOf(first), codeOf(last)], ['day 01-01', 'day 03-01']),
      },
    });
    expect(rows[2]).toMatchObject({ compareWithEarlier: null });
    const decoded = decodeCompareCode(
      tinyBank,
      rows[0]?.kind === 'scored' ? (rows[0].compareWithEarlier?.compareCode ?? '') : '',
      DECODER_COPY,
    );
    expect(decoded.ok && decoded.value.map((person) => person.name)).toEqual([
      'day 01-01',
      'day 03-01',
    ]);
  });

  it('says the verdict in the language of its words, with the same fits and codes', () => {
    const entry = sampleEntry();
    const [inEnglish] = buildHistoryRows(english, tinyBank, [entry]);
    const [inSpanish] = buildHistoryRows(spanish, tinyBank, [entry]);
    if (inEnglish?.kind !== 'scored') throw new Error('the sample entry is scored');
    const { kind } = inEnglish.verdict;
    expect(inSpanish).toEqual({
      ...inEnglish,
      verdict: { kind, headline: spanish.scoring.verdict.headlines[kind] },
    });
    expect(spanish.scoring.verdict.headlines[kind]).not.toBe(inEnglish.verdict.headline);
  });

  it('says which version an entry of other questions was given to, without scoring it', () => {
    const old = { ...sampleEntry(), bank: { ...stamp, version: 1 } };
    expect(buildHistoryRows(english, tinyBank, [old])[0]).toMatchObject({
      kind: 'other-version',
      bank: { id: 'tiny', version: 1 },
    });
  });
});

describe('trendPoints and describeTrend', () => {
  const rows = buildHistoryRows(english, tinyBank, [
    { ...sampleEntry('2026-06-01T00:00:00.000Z'), answers: { 'tech-01': 5, 'customer-01': 1 } },
    { ...sampleEntry('2026-01-01T00:00:00.000Z'), answers: { 'tech-01': 2, 'customer-01': 4 } },
    { ...sampleEntry('2026-03-01T00:00:00.000Z'), bank: { ...stamp, version: 1 } },
  ]);

  it('puts the scored results oldest first', () => {
    expect(trendPoints(rows).map((p) => p.finishedAt)).toEqual([
      '2026-01-01T00:00:00.000Z',
      '2026-06-01T00:00:00.000Z',
    ]);
  });

  it('sums the chart up in a sentence', () => {
    const points = trendPoints(rows);
    expect(describeTrend(english, points, (iso) => iso.slice(0, 10))).toMatchInlineSnapshot(
      `"Line chart of your CTO and CPO fit over 2 results, from 2026-01-01 to 2026-06-01: CTO fit rose from 25 to 100 (75 points); CPO fit fell from 75 to 0 (75 points)."`,
    );
  });

  it('has nothing to say about fewer than two results', () => {
    expect(describeTrend(english, trendPoints(rows).slice(0, 1), String)).toBe(
      'Not enough results to show a change yet.',
    );
  });
});
