import { createStepTimer } from '@/lib/quiz/step-timer';

/** A page on a fake clock whose visibility changes reach the timer, as the quiz's listener does. */
function fakePage() {
  let time = 0;
  let visible = true;
  const timer = createStepTimer(
    () => time,
    () => visible,
  );
  return {
    timer,
    wait: (ms: number) => {
      time += ms;
    },
    hide: () => {
      visible = false;
      timer.pause();
    },
    show: () => {
      visible = true;
      timer.resume();
    },
  };
}

/** Shows each step in turn for its milliseconds, then leaves the last one. */
function visit(page: ReturnType<typeof fakePage>, visits: readonly [number, number][]) {
  for (const [step, ms] of visits) {
    page.timer.show(step);
    page.wait(ms);
  }
  page.timer.leave();
}

describe('createStepTimer', () => {
  it.each<[string, [number, number][], [number, number][]]>([
    [
      'records the seconds from showing a step to leaving it',
      [
        [0, 7500],
        [1, 3000],
      ],
      [
        [0, 7.5],
        [1, 3],
      ],
    ],
    [
      'adds the time of a step shown again to that step, rather than recording a new one',
      [
        [0, 5000],
        [1, 5000],
        [0, 2000],
      ],
      [
        [0, 7],
        [1, 5],
      ],
    ],
  ])('%s', (_, visits, seconds) => {
    const page = fakePage();
    visit(page, visits);
    expect([...page.timer.seconds()]).toEqual(seconds);
  });

  it('does not count the time the page was hidden', () => {
    const page = fakePage();
    page.timer.show(0);
    page.wait(2000);
    page.hide();
    page.wait(60_000);
    page.show();
    page.wait(1000);
    page.timer.leave();
    expect(page.timer.seconds().get(0)).toBe(3);
  });

  it('starts a step shown while the page is hidden only once it is visible', () => {
    const page = fakePage();
    page.hide();
    page.timer.show(0);
    page.wait(10_000);
    page.show();
    page.wait(4000);
    expect(page.timer.seconds().get(0)).toBe(4);
  });

  it('counts the step on screen in what it reports, before it is left', () => {
    const page = fakePage();
    page.timer.show(2);
    page.wait(1500);
    expect(page.timer.seconds().get(2)).toBe(1.5);
  });

  it('goes on from restored times', () => {
    const page = fakePage();
    page.timer.restore(new Map([[0, 12]]));
    page.timer.show(0);
    page.wait(3000);
    page.timer.leave();
    expect(page.timer.seconds().get(0)).toBe(15);
  });
});
