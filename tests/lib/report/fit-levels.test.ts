import { describeFitLevels, fitLevelLabel } from '@/lib/report/fit-levels';
import { COMMON_COPY } from '@/lib/report/copy/common-copy';

describe('describeFitLevels', () => {
  it('lists the four bands from the top down with the engine’s thresholds', () => {
    expect(describeFitLevels(COMMON_COPY).map((b) => `${b.range} ${b.label}`))
      .toMatchInlineSnapshot(`
      [
        "70+ Strong",
        "55–69 Solid",
        "45–54 Emerging",
        "below 45 Not yet",
      ]
    `);
  });

  it('leaves no gap and no overlap between bands', () => {
    const bands = describeFitLevels(COMMON_COPY);
    bands.slice(1).forEach((band, i) => expect(band.max + 1).toBe(bands[i]!.min));
    expect(bands.at(-1)!.min).toBe(0);
    expect(bands[0]!.max).toBe(100);
  });
});

describe('fitLevelLabel', () => {
  it('names the band a fit falls in, including at each threshold', () => {
    expect([44, 45, 54, 55, 69, 70].map((fit) => fitLevelLabel(COMMON_COPY, fit))).toEqual([
      'Not yet',
      'Emerging',
      'Emerging',
      'Solid',
      'Solid',
      'Strong',
    ]);
  });
});
