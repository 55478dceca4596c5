import fc from 'fast-check';

import { loadBank } from '@/lib/bank/load-bank';
import { scoreAnswers } from '@/lib/scoring';
import { answerSet } from '@/tests/fixtures/answer-arbitraries';
import { SCORING_COPY } from '@/lib/scoring/scoring-copy';

const bank = loadBank();
const form = fc.constantFrom('short' as const, 'full' as const);
const timing = fc.option(
  fc.array(
    fc.record({
      statements: fc.integer({ min: 0, max: 6 }),
      seconds: fc.double({ min: 0, max: 600, noNaN: true }),
    }),
  ),
  { nil: undefined },
);

describe('scoreAnswers under scoring rules 2', () => {
  it('keeps every score inside its range, and every range within 0–100', () => {
    fc.assert(
      fc.property(answerSet(bank), form, (answers, f) => {
        const profile = scoreAnswers(bank, answers, SCORING_COPY, { form: f });
        for (const c of profile.competencies) {
          if (c.score === null) expect(c.range).toBeNull();
          else {
            expect(c.range!.low).toBeGreaterThanOrEqual(0);
            expect(c.range!.low).toBeLessThanOrEqual(c.score);
            expect(c.range!.high).toBeGreaterThanOrEqual(c.score);
            expect(c.range!.high).toBeLessThanOrEqual(100);
          }
        }
        for (const role of ['cto', 'cpo'] as const) {
          expect(profile.fitRange[role].low).toBeLessThanOrEqual(profile.fit[role]);
          expect(profile.fitRange[role].high).toBeGreaterThanOrEqual(profile.fit[role]);
        }
      }),
    );
  });

  it('calls the verdict within the margin exactly when the ranges overlap and a side would be named', () => {
    fc.assert(
      fc.property(answerSet(bank), form, (answers, f) => {
        const { verdict, lean } = scoreAnswers(bank, answers, SCORING_COPY, { form: f });
        if (verdict.kind === 'within-margin') {
          expect(lean.withinMargin).toBe(true);
          expect(lean.role).not.toBe('balanced');
        }
        if (/^(clear|leans)-/.test(verdict.kind)) expect(lean.withinMargin).toBe(false);
      }),
    );
  });

  it('never lets timing change a figure, only the confidence', () => {
    fc.assert(
      fc.property(answerSet(bank), form, timing, (answers, f, steps) => {
        const plain = scoreAnswers(bank, answers, SCORING_COPY, { form: f });
        const timed = scoreAnswers(bank, answers, SCORING_COPY, {
          form: f,
          ...(steps === undefined ? {} : { timing: steps }),
        });
        expect({ ...timed, confidence: null }).toEqual({ ...plain, confidence: null });
      }),
    );
  });
});
