import type { Browser } from '@playwright/test';

/** How long answering takes to show, from the click to the next frame painted. */
export interface AnswerLatency {
  readonly clicks: number;
  /** Time spent in event handlers per answer click (median, worst), in ms. */
  readonly handlerMedianMs: number;
  readonly handlerMaxMs: number;
  /** Click to next paint per answer (Event Timing, 8 ms granularity; median, worst), in ms. */
  readonly paintMedianMs: number;
  readonly paintMaxMs: number;
}

const CLICKS = 24;

interface Sample {
  duration: number;
  handlers: number;
}

type Recorder = { __answers: Record<number, Sample>; __recording: boolean };

/**
 * Starts the full form and answers statements with real mouse clicks, reading each click's
 * handler time and click-to-paint duration from the browser's Event Timing API. `cpuSlowdown` 4
 * is what Lighthouse uses to stand in for a mid-range phone. Going to the next step is a page
 * change, not an answer, and is left out.
 */
export async function measureAnswerLatency(
  browser: Browser,
  origin: string,
  cpuSlowdown = 1,
): Promise<AnswerLatency> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const setRecording = (on: boolean) =>
    page.evaluate((value) => ((window as unknown as Recorder).__recording = value), on);
  try {
    await page.goto(`${origin}/quiz`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Start the full form' }).click();
    await page.locator('main form fieldset').first().waitFor();
    await page.evaluate(() => {
      const w = window as unknown as Recorder;
      w.__answers = {};
      w.__recording = true;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as PerformanceEventTiming[]) {
          if (!entry.interactionId || !w.__recording) continue;
          const sample = (w.__answers[entry.interactionId] ??= { duration: 0, handlers: 0 });
          sample.duration = Math.max(sample.duration, entry.duration);
          sample.handlers += entry.processingEnd - entry.processingStart;
        }
        // Interactions under 16 ms are not reported at all; durationThreshold cannot go lower.
      }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });

    let clicks = 0;
    while (clicks < CLICKS) {
      const fieldsets = page.locator('main form fieldset');
      const count = await fieldsets.count();
      for (let i = 0; i < count && clicks < CLICKS; i++) {
        const labels = fieldsets.nth(i).locator('label');
        await labels.nth((clicks * 2) % (await labels.count())).click();
        clicks += 1;
        await page.waitForTimeout(50);
      }
      if (clicks < CLICKS) {
        await page.waitForTimeout(200);
        await setRecording(false);
        await page.getByRole('button', { name: 'Next' }).click();
        await page.locator('h1:focus').waitFor();
        await page.waitForTimeout(200);
        await setRecording(true);
      }
    }
    await page.waitForTimeout(300);
    const samples = Object.values(
      await page.evaluate(() => (window as unknown as Recorder).__answers),
    );
    return summarise(clicks, samples);
  } finally {
    await context.close();
  }
}

/** Unreported interactions took under 16 ms: they count as 8 ms to paint and 0 ms in handlers. */
function summarise(clicks: number, reported: readonly Sample[]): AnswerLatency {
  const missing = Math.max(0, clicks - reported.length);
  const paint = sorted([...reported.map((s) => s.duration), ...Array<number>(missing).fill(8)]);
  const handlers = sorted([...reported.map((s) => s.handlers), ...Array<number>(missing).fill(0)]);
  const median = (values: readonly number[]) => values[Math.floor(values.length / 2)] ?? 0;
  const max = (values: readonly number[]) => values[values.length - 1] ?? 0;
  return {
    clicks,
    handlerMedianMs: Math.round(median(handlers) * 10) / 10,
    handlerMaxMs: Math.round(max(handlers) * 10) / 10,
    paintMedianMs: median(paint),
    paintMaxMs: max(paint),
  };
}

function sorted(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}
