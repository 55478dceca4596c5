/** A clock in milliseconds that only moves forward, such as `performance.now`. */
export type Clock = () => number;

/**
 * Measures how long each step of the quiz is on screen, counting only the time the page is
 * visible: a step left open in a hidden tab is not a slow answer. Time spent on a step that is
 * shown again (Back, or "Change" from the review) adds to that step's total.
 */
export interface StepTimer {
  /** Starts timing `step`, after recording the step shown before it. */
  show(step: number): void;
  /** Stops timing and records the step on screen, if any (leaving for the review, say). */
  leave(): void;
  /** The page was hidden (another tab, a locked phone): the clock stops until it is visible. */
  pause(): void;
  /** The page is visible again. */
  resume(): void;
  /** Seconds recorded per step, the step on screen included. */
  seconds(): ReadonlyMap<number, number>;
  /** Replaces what was recorded, e.g. with the times of restored progress. */
  restore(seconds: ReadonlyMap<number, number>): void;
}

export function createStepTimer(now: Clock, visible: () => boolean): StepTimer {
  const recorded = new Map<number, number>();
  let current: { step: number; spentMs: number; since: number | null } | null = null;

  const elapsed = () =>
    current ? current.spentMs + (current.since === null ? 0 : now() - current.since) : 0;
  const record = () => {
    if (!current) return;
    recorded.set(current.step, (recorded.get(current.step) ?? 0) + elapsed() / 1000);
    current = null;
  };

  return {
    show(step) {
      record();
      current = { step, spentMs: 0, since: visible() ? now() : null };
    },
    leave: record,
    pause() {
      if (!current || current.since === null) return;
      current = { ...current, spentMs: elapsed(), since: null };
    },
    resume() {
      if (!current || current.since !== null) return;
      current = { ...current, since: now() };
    },
    seconds() {
      const all = new Map(recorded);
      if (current) all.set(current.step, (all.get(current.step) ?? 0) + elapsed() / 1000);
      return all;
    },
    restore(seconds) {
      recorded.clear();
      seconds.forEach((value, step) => recorded.set(step, value));
    },
  };
}
