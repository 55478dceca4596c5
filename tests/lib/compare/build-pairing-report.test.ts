import fc from 'fast-check';

import { loadBank } from '@/lib/bank/load-bank';
import { buildPairingReport, type PairInput } from '@/lib/compare';
import { loadPairing } from '@/lib/compare/load-pairing';
import { fillTemplate } from '@/lib/copy/fill-template';
import { loadCurrentBank } from '@/lib/i18n/load-translated-bank';
import { loadTranslatedPairing } from '@/lib/i18n/load-translated-guides';
import { loadSiteWords } from '@/lib/i18n/load-site-words';
import { scoreAnswers, type FitProfile } from '@/lib/scoring';
import { answerSet } from '@/tests/fixtures/answer-arbitraries';
import * as build from '@/tests/fixtures/answer-builders';
import { SCORING_COPY } from '@/lib/scoring/scoring-copy';

/** The English words, as the English pages hand them. */
const ENGLISH = loadSiteWords('en');

const bank = loadBank();
const content = loadPairing(bank);

const techLeader = scoreAnswers(
  bank,
  {
    ...build.endorseOnly(bank, build.competenciesOfSide(bank, 'cto')),
    ...build.chooseScenarioOptions(bank, 'technology'),
  },
  SCORING_COPY,
);
const productLeader = scoreAnswers(
  bank,
  {
    ...build.endorseOnly(bank, build.competenciesOfSide(bank, 'cpo')),
    ...build.chooseScenarioOptions(bank, 'product'),
  },
  SCORING_COPY,
);

/** A profile placed at the given position on every tension (or the listed ones). */
function placed(profile: FitProfile, position: number | null, only?: string): FitProfile {
  return {
    ...profile,
    tensions: profile.tensions.map((t) =>
      only === undefined || t.id === only
        ? {
            ...t,
            position,
            label:
              position === null
                ? null
                : position <= -40
                  ? 'technology-first'
                  : position >= 40
                    ? 'product-first'
                    : 'balanced',
          }
        : t,
    ),
  };
}

const compare = (
  a: FitProfile,
  b: FitProfile,
  names: readonly [string, string] = ['Alex', 'Sam'],
) =>
  buildPairingReport(ENGLISH, bank, content, [
    { name: names[0], profile: a },
    { name: names[1], profile: b },
  ]);

describe('buildPairingReport', () => {
  describe('for two identical profiles', () => {
    const report = compare(techLeader, techLeader);

    it('finds no complement on any tension, since nobody speaks for the other side', () => {
      expect(report.counts.complement).toBe(0);
      expect(report.tensions.every((t) => t.situation === 'both-technology-first')).toBe(true);
    });

    it('says both lean to the same seat and suggests no split between them', () => {
      expect(report.roleSplit.kind).toBe('both-cto');
      expect(report.roleSplit.seats).toBeNull();
      expect(report.roleSplit.suggestion).toMatch(/neither seat/);
    });

    it('never has one cover the other on a competency', () => {
      expect(report.competencies.filter((c) => /covers/.test(c.coverage)).map((c) => c.id)).toEqual(
        [],
      );
    });

    it('shows the same fits on both sides', () => {
      expect(report.people[0].fit).toEqual(report.people[1].fit);
    });
  });

  describe('for opposite profiles', () => {
    const report = compare(techLeader, productLeader);

    it('splits the seats naturally, the technology leader as CTO', () => {
      expect(report.roleSplit).toMatchObject({
        kind: 'natural-split',
        seats: { cto: 0, cpo: 1 },
        suggestion: 'Alex fits the CTO seat better, Sam the CPO seat.',
      });
    });

    it('reads every tension as a clash at opposite ends, with a practice for it first', () => {
      for (const t of report.tensions) {
        expect(t).toMatchObject({ kind: 'clash', situation: 'far-apart' });
        const words = content.tensions.find((c) => c.tension === t.id)!.situations['far-apart'];
        expect(t.practices[0]).toBe(words.practice);
        expect(t.reason).toBe(words.text);
      }
      expect(report.overall.reading).toBe('many-clashes');
    });

    it('has each cover the other where their side of the article is', () => {
      const coverage = (id: string) => report.competencies.find((c) => c.id === id)!.coverage;
      for (const id of build.competenciesOfSide(bank, 'cto'))
        expect(coverage(id)).toBe('first-covers');
      for (const id of build.competenciesOfSide(bank, 'cpo'))
        expect(coverage(id)).toBe('second-covers');
    });

    it('names both people where each tension places them', () => {
      expect(report.tensions[0]!.placements).toBe(
        'Alex: Technology-first (−100); Sam: Product-first (+100)',
      );
    });

    it('swaps the seats, not the readings, when the two change places', () => {
      const swapped = compare(productLeader, techLeader, ['Sam', 'Alex']);
      expect(swapped.roleSplit.seats).toEqual({ cto: 1, cpo: 0 });
      expect(swapped.tensions.map((t) => t.kind)).toEqual(report.tensions.map((t) => t.kind));
    });
  });

  describe.each(bank.tensions.map((t) => [t.name, t.id] as const))('on %s', (_, id) => {
    const words = content.tensions.find((c) => c.tension === id)!.situations;
    const on = (a: number | null, b: number | null) =>
      compare(placed(techLeader, a, id), placed(productLeader, b, id)).tensions.find(
        (t) => t.id === id,
      )!;

    it('calls both pushing technology-first a clash that nobody balances, with its own practice', () => {
      const t = on(-100, -50);
      expect(t).toMatchObject({ kind: 'clash', headline: words['both-technology-first'].headline });
      expect(t.practices[0]).toBe(words['both-technology-first'].practice);
    });

    it('calls both pushing product-first a clash that nobody balances, with its own practice', () => {
      const t = on(75, 50);
      expect(t).toMatchObject({ kind: 'clash', headline: words['both-product-first'].headline });
      expect(t.practices[0]).toBe(words['both-product-first'].practice);
    });

    it('calls a moderate split across the middle a complement, with the tension’s practices', () => {
      const t = on(-50, 50);
      expect(t).toMatchObject({ kind: 'complement', reason: words.complement.text });
      expect(t.practices).toEqual(bank.tensions.find((b) => b.id === id)!.practices);
    });

    it('calls two people near the middle aligned', () => {
      expect(on(-25, 0)).toMatchObject({ kind: 'aligned', situation: 'both-balanced' });
    });

    it('calls one taking a side while the other sits in the middle aligned', () => {
      expect(on(75, 25)).toMatchObject({ kind: 'aligned', headline: words['one-leans'].headline });
    });
  });

  describe('for a tension one person left unanswered', () => {
    const id = bank.tensions[1]!.id;
    const report = compare(placed(techLeader, null, id), productLeader);
    const t = report.tensions.find((x) => x.id === id)!;

    it('reads it as unknown and says why, without guessing a position', () => {
      expect(t).toMatchObject({
        kind: 'unknown',
        situation: 'unanswered',
        reason: content.unanswered,
      });
      expect(t.placements).toBe('Alex: Not measured; Sam: Product-first (+100)');
    });

    it('still offers the tension’s practices', () => {
      expect(t.practices).toEqual(bank.tensions[1]!.practices);
    });

    it('calls the pair too little to compare once three tensions are unanswered', () => {
      const blank = placed(techLeader, null);
      expect(compare(blank, productLeader).overall.reading).toBe('little-known');
    });
  });

  it('reads a pair with clashes on one or two tensions as a workable pair with hot spots', () => {
    const middle = placed(productLeader, 0);
    const a = placed(placed(middle, -75, bank.tensions[0]!.id), -50, bank.tensions[1]!.id);
    const b = placed(placed(middle, -50, bank.tensions[0]!.id), -75, bank.tensions[1]!.id);
    expect(compare(a, b).overall.reading).toBe('some-clashes');
  });

  it('reads a pair that meets across the middle on most tensions as complementary', () => {
    expect(compare(placed(techLeader, -50), placed(productLeader, 50)).overall.reading).toBe(
      'mostly-complementary',
    );
  });

  it('reads a pair near the middle everywhere as mostly aligned', () => {
    expect(compare(placed(techLeader, 0), placed(productLeader, 25)).overall.reading).toBe(
      'mostly-aligned',
    );
  });

  it('says either split could work when the two lean by nearly the same margin', () => {
    const lean = (margin: number) => ({
      ...techLeader,
      lean: { role: 'balanced' as const, margin, strength: 'none' as const, withinMargin: false },
    });
    expect(compare(lean(3), lean(1)).roleSplit).toMatchObject({
      kind: 'both-balanced',
      seats: { cto: 0, cpo: 1 },
      suggestion:
        'Alex is only a little closer to the CTO seat than Sam, so either split could work.',
    });
  });

  it('adds a caution for a short-form or low-confidence result', () => {
    const short = scoreAnswers(bank, build.chooseScenarioOptions(bank, 'product'), SCORING_COPY, {
      form: 'short',
    });
    const report = compare(techLeader, short);
    expect(report.cautions.some((c) => c.startsWith('Sam took the short form'))).toBe(true);
    expect(report.cautions.some((c) => c.startsWith('Sam’s result has low confidence'))).toBe(true);
  });

  it('is deterministic and counts every tension exactly once, for any two answer sets', () => {
    fc.assert(
      fc.property(answerSet(bank), answerSet(bank), (a, b) => {
        const pair: [PairInput, PairInput] = [
          { name: 'A', profile: scoreAnswers(bank, a, SCORING_COPY) },
          { name: 'B', profile: scoreAnswers(bank, b, SCORING_COPY) },
        ];
        const report = buildPairingReport(ENGLISH, bank, content, pair);
        expect(buildPairingReport(ENGLISH, bank, content, pair)).toEqual(report);
        const { clash, complement, aligned, unknown } = report.counts;
        expect(clash + complement + aligned + unknown).toBe(bank.tensions.length);
        expect(report.tensions.every((t) => t.practices.length >= 2 && t.reason !== '')).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  describe.each(['es', 'de'] as const)('in %s', (locale) => {
    const words = loadSiteWords(locale);
    const translated = loadCurrentBank(locale);
    const pair = [
      { name: 'Alex', profile: techLeader },
      { name: 'Sam', profile: placed(productLeader, null, bank.tensions[0]?.id) },
    ] as const;
    const english = buildPairingReport(ENGLISH, bank, content, pair);
    const report = buildPairingReport(
      words,
      translated,
      loadTranslatedPairing(translated, locale),
      pair,
    );

    it('reads the pair the same way: kinds, positions, seats and coverage', () => {
      const figures = (r: typeof report) => ({
        counts: r.counts,
        overall: r.overall.reading,
        seats: r.roleSplit.seats,
        tensions: r.tensions.map((t) => [t.id, t.kind, t.situation, t.positions]),
        competencies: r.competencies.map((c) => [c.id, c.scores, c.coverage]),
      });
      expect(figures(report)).toEqual(figures(english));
    });

    it('writes its sentences with the words of the language', () => {
      const unanswered = report.tensions.find((t) => t.situation === 'unanswered');
      expect(unanswered?.headline).toBe(words.compare.tensions.unansweredHeadline);
      const tension = report.tensions[1];
      expect(tension?.labels[0]).not.toBeNull();
      expect(tension?.placed[0]).toContain(
        words.common.tensionLabels[tension?.labels[0] ?? 'balanced'],
      );
      expect(report.people[0].levels.cto).not.toBe(english.people[0].levels.cto);
      expect(report.competencies.map((c) => c.note)).not.toEqual(
        english.competencies.map((c) => c.note),
      );
      expect(report.roleSplit.suggestion).toBe(
        fillTemplate(words.compare.seats.clear, { cto: 'Alex', cpo: 'Sam' }),
      );
    });
  });
});
