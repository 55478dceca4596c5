import fc from 'fast-check';

import type { QuizStep } from '@/lib/quiz/build-steps';
import type { QuizPlace } from '@/lib/quiz/quiz-place';
import { firstOpenPlace, placeOf, resumePlace, stepNumberOf } from '@/lib/quiz/quiz-place';

/** Steps of 1–4 questions with ids unique across the form. */
const stepsArb = fc
  .array(fc.integer({ min: 1, max: 4 }), { maxLength: 8 })
  .map((sizes): QuizStep[] =>
    sizes.map((size, s) => ({
      id: `step-${s}`,
      title: `Step ${s}`,
      kind: 'likert',
      questionIds: Array.from({ length: size }, (_, q) => `q-${s}-${q}`),
    })),
  );

/** Steps with answers to a random subset of their questions. */
const answeredArb = stepsArb.chain((steps) =>
  fc
    .subarray(steps.flatMap((step) => step.questionIds))
    .map((ids) => ({ steps, answers: Object.fromEntries(ids.map((id) => [id, 3])) })),
);

const steps3: QuizStep[] = ['a', 'b', 'c'].map((id) => ({
  id,
  title: id,
  kind: 'likert',
  questionIds: [`${id}1`, `${id}2`],
}));

const isWithin = (steps: readonly QuizStep[], place: QuizPlace) =>
  place.name === 'review' || (place.index >= 0 && place.index < steps.length);

describe('placeOf', () => {
  it('gives back the place a step number was taken from', () => {
    fc.assert(
      fc.property(stepsArb, fc.nat(20), (steps, n) => {
        const place = placeOf(steps, n);
        expect(placeOf(steps, stepNumberOf(steps, place))).toEqual(place);
      }),
    );
  });

  it('opens the review for any number past the last step', () => {
    fc.assert(
      fc.property(stepsArb, fc.nat(5), (steps, extra) => {
        expect(placeOf(steps, steps.length + extra)).toEqual({ name: 'review' });
      }),
    );
  });
});

describe('firstOpenPlace', () => {
  it('opens a step with an unanswered question, and every step before it is answered', () => {
    fc.assert(
      fc.property(answeredArb, ({ steps, answers }) => {
        const place = firstOpenPlace(steps, answers);
        const done = place.name === 'review' ? steps : steps.slice(0, place.index);
        expect(done.flatMap((s) => s.questionIds).every((id) => id in answers)).toBe(true);
        if (place.name === 'step') {
          expect(steps[place.index]?.questionIds.some((id) => !(id in answers))).toBe(true);
        }
      }),
    );
  });

  it('opens the review once every question is answered', () => {
    fc.assert(
      fc.property(stepsArb, (steps) => {
        const all = Object.fromEntries(steps.flatMap((s) => s.questionIds).map((id) => [id, 1]));
        expect(firstOpenPlace(steps, all)).toEqual({ name: 'review' });
      }),
    );
  });
});

describe('resumePlace', () => {
  it('always opens a step of the form or its review', () => {
    fc.assert(
      fc.property(answeredArb, fc.integer({ min: -3, max: 20 }), ({ steps, answers }, step) => {
        for (const form of ['short', 'full'] as const) {
          expect(isWithin(steps, resumePlace(steps, 'full', { form, answers, step }))).toBe(true);
        }
      }),
    );
  });

  it('opens the first step when there is no progress', () => {
    fc.assert(
      fc.property(stepsArb, (steps) => {
        expect(resumePlace(steps, 'short', null)).toEqual(placeOf(steps, 0));
      }),
    );
    expect(resumePlace(steps3, 'short', null)).toEqual({ name: 'step', index: 0 });
  });

  it('returns to the step the person was on, on the form the progress was saved on', () => {
    fc.assert(
      fc.property(answeredArb, fc.nat(20), ({ steps, answers }, step) => {
        expect(resumePlace(steps, 'short', { form: 'short', answers, step })).toEqual(
          placeOf(steps, step),
        );
      }),
    );
  });

  it('opens the first open step when going on to another form, whatever step was saved', () => {
    fc.assert(
      fc.property(answeredArb, fc.nat(20), ({ steps, answers }, step) => {
        expect(resumePlace(steps, 'full', { form: 'short', answers, step })).toEqual(
          firstOpenPlace(steps, answers),
        );
      }),
    );
  });
});
