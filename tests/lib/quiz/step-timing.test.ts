import { fromStepTimings, toStepTimings } from '@/lib/quiz/step-timing';
import type { QuizStep } from '@/lib/quiz/build-steps';

const steps: QuizStep[] = [
  { id: 's1', title: 'Statements 1–4 of 8', kind: 'likert', questionIds: ['a', 'b', 'c', 'd'] },
  { id: 'c1', title: 'What would you do?', kind: 'choice', questionIds: ['x'] },
  { id: 's2', title: 'Statements 5–8 of 8', kind: 'likert', questionIds: ['e', 'f', 'g', 'h'] },
];

describe('toStepTimings', () => {
  it('gives one entry per answered statement step, in step order, leaving scenarios out', () => {
    const seconds = new Map([
      [0, 12.34],
      [1, 20],
      [2, 9],
    ]);
    expect(toStepTimings(steps, seconds, { a: 3, x: 'joint', e: 4 })).toEqual([
      { statements: 4, seconds: 12.3 },
      { statements: 4, seconds: 9 },
    ]);
  });

  it('leaves out a statement step not answered yet', () => {
    expect(toStepTimings(steps, new Map([[0, 10]]), { a: 3 })).toEqual([
      { statements: 4, seconds: 10 },
    ]);
  });

  it('gives no timing at all when an answered statement step was never timed here', () => {
    expect(toStepTimings(steps, new Map([[2, 10]]), { a: 3, e: 4 })).toEqual([]);
  });
});

describe('fromStepTimings', () => {
  it('puts saved times back on the statement steps they were taken on', () => {
    const timing = toStepTimings(
      steps,
      new Map([
        [0, 11],
        [2, 8],
      ]),
      { a: 1, e: 2 },
    );
    expect([...fromStepTimings(steps, timing)]).toEqual([
      [0, 11],
      [2, 8],
    ]);
  });

  it('starts with no times for a save that has none', () => {
    expect(fromStepTimings(steps, undefined).size).toBe(0);
  });
});
