import { buildSummary } from '@/lib/export';
import { scoreAnswers } from '@/lib/scoring';
import { tinyBank } from '@/tests/fixtures/tiny-bank';

import { fixedAnswers } from './fixed-answers';

const date = '2026-11-28';

describe('buildSummary', () => {
  it('carries the profile the engine computes, with the date it was given', () => {
    const summary = buildSummary(tinyBank, fixedAnswers, 'full', { date });
    const profile = scoreAnswers(tinyBank, fixedAnswers, { form: 'full' });
    expect(summary.profile).toEqual(profile);
    expect(summary.date).toBe(date);
    expect(summary.fits.cto.score).toBe(profile.fit.cto);
    expect(summary.fits.cpo.score).toBe(profile.fit.cpo);
    expect(summary.verdict).toEqual({ ...profile.verdict });
    expect(summary.bank).toEqual({ id: 'tiny', version: 3 });
  });

  it('puts words to each fit level', () => {
    const { fits } = buildSummary(tinyBank, fixedAnswers, 'full', { date });
    for (const fit of [fits.cto, fits.cpo]) {
      expect(['Strong', 'Solid', 'Emerging', 'Not yet']).toContain(fit.level);
      expect(fit.meaning).not.toBe('');
    }
  });

  it('lists every competency in bank order, with null for one that was not measured', () => {
    const { competencies } = buildSummary(tinyBank, fixedAnswers, 'full', { date });
    expect(competencies.map((c) => c.id)).toEqual(tinyBank.competencies.map((c) => c.id));
    expect(competencies.find((c) => c.id === 'market')).toEqual({
      id: 'market',
      name: 'Competency market',
      score: null,
      answered: 0,
      total: 3,
      importance: { cto: 'useful', cpo: 'essential' },
    });
  });

  it('places every tension, saying "Not measured" for one without an answer', () => {
    const { tensions } = buildSummary(tinyBank, fixedAnswers, 'full', { date });
    expect(tensions.map((t) => [t.id, t.position, t.placement])).toEqual([
      ['speed', -100, 'Technology-first (\u2212100)'],
      ['risk', null, 'Not measured'],
    ]);
    expect(tensions[0]?.practices).toEqual(['One practice.', 'Another practice.']);
  });

  it('gives the confidence reasons with their advice', () => {
    const { confidence } = buildSummary(tinyBank, fixedAnswers, 'full', { date });
    expect(confidence.level).not.toBe('high');
    expect(confidence.reasons.length).toBeGreaterThan(0);
    for (const reason of confidence.reasons) {
      expect(Object.keys(reason)).toEqual(['message', 'advice']);
    }
  });

  it('has the share link only when one is given', () => {
    const url = 'https://role-fit.example/results#1.3.f.abc.Xy';
    expect(buildSummary(tinyBank, fixedAnswers, 'full', { date }).shareUrl).toBeNull();
    expect(buildSummary(tinyBank, fixedAnswers, 'full', { date, shareUrl: url }).shareUrl).toBe(
      url,
    );
  });

  it('has no archetype when nothing was answered', () => {
    const summary = buildSummary(tinyBank, {}, 'short', { date });
    expect(summary.archetype).toBeNull();
    expect(summary.form).toBe('short');
    expect(summary.competencies.every((c) => c.score === null)).toBe(true);
  });
});
