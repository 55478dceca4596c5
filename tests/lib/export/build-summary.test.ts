import { loadBank } from '@/lib/bank/load-bank';
import { parseBank } from '@/lib/bank/parse-bank';
import { buildSummary, renderMarkdown, summariseProfile } from '@/lib/export';
import { scoreAnswers } from '@/lib/scoring';
import type { StepTiming } from '@/lib/scoring/profile';
import { describeEarlierVersion } from '@/lib/versions/describe-earlier-version';
import { tinyBank, tinyBankContent } from '@/tests/fixtures/tiny-bank';

import { v1AnswerSet, v1Bank } from './earlier-result';
import { fixedAnswers } from './fixed-answers';
import { fixedPair } from './fixed-pair';
import { SCORING_COPY } from '@/lib/scoring/scoring-copy';
import { VERSIONS_COPY } from '@/lib/versions/versions-copy';
import { ENGLISH_WORDS } from '@/tests/support/english-words';

const date = '2026-11-28';

describe('buildSummary', () => {
  it('carries the profile the engine computes, with the date it was given', () => {
    const summary = buildSummary(ENGLISH_WORDS, tinyBank, fixedAnswers, 'full', { date });
    const profile = scoreAnswers(tinyBank, fixedAnswers, SCORING_COPY, { form: 'full' });
    expect(summary.profile).toEqual(profile);
    expect(summary.date).toBe(date);
    expect(summary.fits.cto.score).toBe(profile.fit.cto);
    expect(summary.fits.cpo.score).toBe(profile.fit.cpo);
    expect(summary.verdict).toEqual({ ...profile.verdict });
    expect(summary.bank).toEqual({ id: 'tiny', version: 3 });
  });

  it('puts words to each fit level', () => {
    const { fits } = buildSummary(ENGLISH_WORDS, tinyBank, fixedAnswers, 'full', { date });
    for (const fit of [fits.cto, fits.cpo]) {
      expect(['Strong', 'Solid', 'Emerging', 'Not yet']).toContain(fit.level);
      expect(fit.meaning).not.toBe('');
    }
  });

  it('lists every competency in bank order, with null for one that was not measured', () => {
    const { rows } = buildSummary(ENGLISH_WORDS, tinyBank, fixedAnswers, 'full', {
      date,
    }).competencies;
    expect(rows.map((c) => c.id)).toEqual(tinyBank.competencies.map((c) => c.id));
    expect(rows.find((c) => c.id === 'market')).toMatchObject({
      id: 'market',
      name: 'Competency market',
      measured: false,
      score: null,
      scoreText: 'not measured',
      range: null,
      answered: 0,
      total: 3,
      ideal: { cto: 33, cpo: 100 },
      importance: { cto: 'useful', cpo: 'essential' },
    });
  });

  it('gives each fit and each measured competency the range the engine computes', () => {
    const summary = buildSummary(ENGLISH_WORDS, tinyBank, fixedAnswers, 'full', { date });
    const profile = scoreAnswers(tinyBank, fixedAnswers, SCORING_COPY, { form: 'full' });
    expect(summary.fits.cto).toMatchObject({ range: profile.fitRange.cto, rangeText: '72–95' });
    expect(summary.fits.cpo).toMatchObject({ range: profile.fitRange.cpo, rangeText: '40–64' });
    expect(summary.competencies.rows.map((c) => c.range)).toEqual(
      profile.competencies.map((c) => c.range),
    );
  });

  it('passes a within-margin verdict through as the engine words it', () => {
    const bank = parseBank({ ...tinyBankContent, scoring: 2 });
    const answers = {
      ...fixedAnswers,
      'tech-01': 3,
      'tech-02': 3,
      'customer-01': 4,
      'customer-02': 4,
      'speed-1': 'product',
    };
    const summary = buildSummary(ENGLISH_WORDS, bank, answers, 'full', { date });
    expect(summary.profile.lean.withinMargin).toBe(true);
    expect(summary.verdict).toMatchInlineSnapshot(`
      {
        "headline": "Too close to call between the two roles",
        "kind": "within-margin",
        "summary": "Your CTO fit is 62 (probably between 50 and 75) and your CPO fit is 76 (probably between 63 and 88) out of 100. The two ranges overlap, so the lean towards the CPO role is within the margin of error: your answers do not separate the two roles firmly. Your strengths and growth areas say more than the lean.",
      }
    `);
  });

  it('words the range guide for the scoring rules the bank was released with', () => {
    const rules1 = buildSummary(ENGLISH_WORDS, tinyBank, fixedAnswers, 'full', { date })
      .readingGuide.range;
    const bank2 = parseBank({ ...tinyBankContent, scoring: 2 });
    const rules2 = buildSummary(ENGLISH_WORDS, bank2, fixedAnswers, 'full', { date }).readingGuide
      .range;
    expect(rules1.paragraph).toContain('whatever side the headline names');
    expect(rules2.paragraph).toContain('the result says that your lean is within the margin');
  });

  it('lists every archetype nearest first, and none when nothing was answered', () => {
    const { archetypeRanking } = buildSummary(ENGLISH_WORDS, tinyBank, fixedAnswers, 'full', {
      date,
    });
    expect(archetypeRanking.archetypes.map((a) => [a.rank, a.name, a.similarity])).toEqual([
      [1, 'Technologist', 82],
      [2, 'Generalist', 75],
      [3, 'Product lead', 52],
    ]);
    expect(
      buildSummary(ENGLISH_WORDS, tinyBank, {}, 'short', { date }).archetypeRanking.archetypes,
    ).toEqual([]);
  });

  it('places every tension, saying "Not measured" for one without an answer', () => {
    const tensions = buildSummary(ENGLISH_WORDS, tinyBank, fixedAnswers, 'full', { date }).tensions
      .rows;
    expect(tensions.map((t) => [t.id, t.position, t.placement])).toEqual([
      ['speed', -100, 'Technology-first (\u2212100)'],
      ['risk', null, 'Not measured'],
    ]);
    expect(tensions[0]?.practices).toEqual(['One practice.', 'Another practice.']);
  });

  it('gives the confidence reasons with their advice', () => {
    const { confidence } = buildSummary(ENGLISH_WORDS, tinyBank, fixedAnswers, 'full', { date });
    expect(confidence.level).not.toBe('high');
    expect(confidence.reasons.length).toBeGreaterThan(0);
    for (const reason of confidence.reasons) {
      expect(reason.message).not.toBe('');
      expect(reason.advice).not.toBe('');
    }
  });

  it('has the share link only when one is given', () => {
    const url = 'https://role-fit.example/results#1.3.f.abc.Xy';
    expect(
      buildSummary(ENGLISH_WORDS, tinyBank, fixedAnswers, 'full', { date }).shareUrl,
    ).toBeNull();
    expect(
      buildSummary(ENGLISH_WORDS, tinyBank, fixedAnswers, 'full', { date, shareUrl: url }).shareUrl,
    ).toBe(url);
  });

  it('has no archetype when nothing was answered', () => {
    const summary = buildSummary(ENGLISH_WORDS, tinyBank, {}, 'short', { date });
    expect(summary.archetype.nearest).toBeNull();
    expect(summary.form).toBe('short');
    expect(summary.competencies.rows.every((c) => c.score === null)).toBe(true);
  });
});

describe('the earlier-version notice', () => {
  it('carries the pages’ words for a result taken with an earlier bank version', () => {
    const { form, answers } = v1AnswerSet('data-engineer');
    const { earlierVersion } = buildSummary(ENGLISH_WORDS, v1Bank, answers, form, { date });
    const { notice, retake } = describeEarlierVersion(VERSIONS_COPY.earlier, 1);
    expect(earlierVersion).toEqual({ notice, retake });
  });

  it('is null for a result of the current version or a newer one', () => {
    const bank = loadBank();
    const [person] = fixedPair(bank);
    expect(
      buildSummary(ENGLISH_WORDS, bank, person.answers, person.form, { date }).earlierVersion,
    ).toBeNull();
    expect(
      buildSummary(ENGLISH_WORDS, tinyBank, fixedAnswers, 'full', { date }).earlierVersion,
    ).toBeNull();
  });
});

describe('summariseProfile', () => {
  const bank = loadBank();
  const [person] = fixedPair(bank);
  // Every statement step of the full form, each clicked through in two seconds.
  const rushed: StepTiming[] = Array.from({ length: 19 }, () => ({ statements: 4, seconds: 2 }));

  it('summarises the profile it is given, so an export keeps the confidence the page scored', () => {
    const profile = scoreAnswers(bank, person.answers, SCORING_COPY, {
      form: person.form,
      timing: rushed,
    });
    const summary = summariseProfile(ENGLISH_WORDS, bank, profile, { date });
    expect(summary.profile).toBe(profile);
    expect(summary.confidence.reasons.map((r) => r.message)).toContainEqual(
      expect.stringMatching(/too little to read it/),
    );
    expect(renderMarkdown(summary)).toMatch(/too little to read it/);
    const untimed = buildSummary(ENGLISH_WORDS, bank, person.answers, person.form, { date });
    expect(renderMarkdown(untimed)).not.toMatch(/too little to read it/);
  });

  it('says the same as buildSummary for the profile buildSummary would score', () => {
    const profile = scoreAnswers(bank, person.answers, SCORING_COPY, { form: person.form });
    expect(summariseProfile(ENGLISH_WORDS, bank, profile, { date })).toEqual(
      buildSummary(ENGLISH_WORDS, bank, person.answers, person.form, { date }),
    );
  });
});
