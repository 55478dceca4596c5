import { ENGLISH_WORDS } from '@/tests/support/english-words';
import {
  buildCompetencyRows,
  idealScore,
  importanceWord,
  rankCompetencies,
} from '@/lib/report/competency-rows';
import { scoreAnswers } from '@/lib/scoring';
import { endorseOnly } from '@/tests/fixtures/answer-builders';
import { tinyBank } from '@/tests/fixtures/tiny-bank';
import { fixedAnswers } from '@/tests/lib/export/fixed-answers';
import { SCORING_COPY } from '@/lib/scoring/scoring-copy';

describe('idealScore', () => {
  it('puts importance 0–3 at 0, 33, 67 and 100', () => {
    expect([0, 1, 2, 3].map(idealScore)).toEqual([0, 33, 67, 100]);
  });
});

describe('importanceWord', () => {
  it('names each importance of the bank’s scale', () => {
    expect([0, 1, 2, 3].map(importanceWord)).toEqual([
      'peripheral',
      'useful',
      'important',
      'essential',
    ]);
  });
});

describe('buildCompetencyRows', () => {
  it('keeps bank order and shows an unanswered competency as not measured, never 50', () => {
    const answers = { ...endorseOnly(tinyBank, ['tech']) };
    for (const id of ['market-01', 'market-02', 'market-03']) delete answers[id];
    const rows = buildCompetencyRows(
      ENGLISH_WORDS,
      tinyBank,
      scoreAnswers(tinyBank, answers, SCORING_COPY),
    );
    expect(rows.map((r) => r.id)).toEqual(['tech', 'infra', 'customer', 'market', 'lead']);
    const market = rows.find((r) => r.id === 'market')!;
    expect(market.score).toBeNull();
    expect(market).toMatchObject({
      answered: 0,
      total: 3,
      range: null,
      rangeText: null,
      rangeLabel: null,
      chartValue: null,
    });
  });

  it('gives a measured competency the engine’s range, in figures and in words', () => {
    const answers = { ...fixedAnswers };
    const profile = scoreAnswers(tinyBank, answers, SCORING_COPY, { form: 'full' });
    const tech = buildCompetencyRows(ENGLISH_WORDS, tinyBank, profile).find(
      (r) => r.id === 'tech',
    )!;
    expect(tech.range).toEqual(profile.competencies.find((c) => c.id === 'tech')?.range);
    expect([tech.rangeText, tech.rangeLabel, tech.chartValue]).toMatchInlineSnapshot(`
      [
        "67–100",
        "range 67–100",
        "83 (67–100)",
      ]
    `);
  });

  it('carries each role’s ideal from the bank’s importance', () => {
    const rows = buildCompetencyRows(
      ENGLISH_WORDS,
      tinyBank,
      scoreAnswers(tinyBank, {}, SCORING_COPY),
    );
    expect(rows[0]).toMatchObject({
      ideal: { cto: 100, cpo: 0 },
      importance: { cto: 'essential', cpo: 'peripheral' },
    });
  });
});

describe('rankCompetencies', () => {
  it('sorts by score, highest first, with unmeasured competencies last and ties in bank order', () => {
    const answers = { ...endorseOnly(tinyBank, ['customer', 'lead']) };
    for (const id of ['infra-01', 'infra-02', 'infra-03']) delete answers[id];
    const ranked = rankCompetencies(
      buildCompetencyRows(ENGLISH_WORDS, tinyBank, scoreAnswers(tinyBank, answers, SCORING_COPY)),
    );
    expect(ranked.map((r) => `${r.id}:${r.score}`)).toEqual([
      'customer:100',
      'lead:100',
      'tech:0',
      'market:0',
      'infra:null',
    ]);
  });
});
