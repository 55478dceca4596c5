import fc from 'fast-check';

import { spreadLabels } from '@/lib/charts/spread-labels';

describe('spreadLabels', () => {
  it('leaves labels that do not touch where they are', () => {
    expect(spreadLabels([20, 100, 180], [16, 16, 16], 0, 200)).toEqual([20, 100, 180]);
  });

  it('pushes crowded neighbours apart', () => {
    const [a, b] = spreadLabels([100, 110], [16, 16], 0, 300);
    expect(b! - a!).toBeGreaterThanOrEqual(16 + 4);
  });

  it('keeps labels apart and inside the bounds whenever they can fit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 6 }),
        (raw) => {
          const positions = [...raw].sort((x, y) => x - y);
          const widths = positions.map(() => 16);
          const centres = spreadLabels(positions, widths, 0, 300);
          centres.forEach((c, i) => {
            expect(c - 8).toBeGreaterThanOrEqual(-1e-9);
            expect(c + 8).toBeLessThanOrEqual(300 + 1e-9);
            if (i > 0) expect(c - centres[i - 1]!).toBeGreaterThanOrEqual(20 - 1e-9);
          });
        },
      ),
    );
  });
});
