import type { Answers } from '@/lib/answers/schema';
import type { QuizStep } from '@/lib/quiz/build-steps';
import type { StepTiming } from '@/lib/scoring/profile';

/**
 * The time spent on each statement step that has an answer, in step order, as saved progress
 * keeps it and the engine reads it. Scenario steps are not timed (the contract with the engine).
 * When an answered statement step was never timed here (answers carried over from an earlier
 * version, or brought from a link to change them) there is no timing at all: a part of the quiz
 * cannot stand for the whole, and the engine then skips its time index as for a link.
 */
export function toStepTimings(
  steps: readonly QuizStep[],
  seconds: ReadonlyMap<number, number>,
  answers: Answers,
): StepTiming[] {
  const timing: StepTiming[] = [];
  for (const [index, step] of steps.entries()) {
    if (step.kind !== 'likert' || !step.questionIds.some((id) => answers[id] !== undefined)) {
      continue;
    }
    const spent = seconds.get(index);
    if (spent === undefined) return [];
    timing.push({ statements: step.questionIds.length, seconds: Math.round(spent * 10) / 10 });
  }
  return timing;
}

/**
 * Saved times back onto the steps they were taken on. They were saved in step order and a quiz is
 * answered in step order, so the n-th time belongs to the n-th statement step.
 */
export function fromStepTimings(
  steps: readonly QuizStep[],
  timing: readonly StepTiming[] | undefined,
): Map<number, number> {
  const seconds = new Map<number, number>();
  if (!timing) return seconds;
  let next = 0;
  steps.forEach((step, index) => {
    const saved = timing[next];
    if (step.kind !== 'likert' || !saved) return;
    seconds.set(index, saved.seconds);
    next += 1;
  });
  return seconds;
}
