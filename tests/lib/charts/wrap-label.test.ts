import { wrapLabel } from '@/lib/charts/wrap-label';

describe('wrapLabel', () => {
  it('keeps a label that fits on one line', () => {
    expect(wrapLabel('Speed vs quality', 20)).toEqual(['Speed vs quality']);
  });

  it('breaks at word boundaries, never mid-word', () => {
    expect(wrapLabel('Technical feasibility vs product viability', 24)).toEqual([
      'Technical feasibility vs',
      'product viability',
    ]);
  });

  it('gives a word longer than a line a line of its own', () => {
    expect(wrapLabel('a extraordinarily b', 5)).toEqual(['a', 'extraordinarily', 'b']);
  });
});
