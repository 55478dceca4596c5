import { findLean } from '@/lib/scoring/find-lean';

describe('findLean', () => {
  it.each([
    ['is balanced when the fits are less than 5 points apart', 64, 'balanced', 4, 'none'],
    ['leans slightly from 5 points', 55, 'cpo', -5, 'slight'],
    ['leans clearly from 15 points', 75, 'cto', 15, 'clear'],
  ])('%s', (_, cto, role, margin, strength) => {
    expect(findLean({ cto, cpo: 60 })).toEqual({ role, margin, strength, withinMargin: false });
  });

  // CTO 70 and CPO 60, each with a range this many points either side.
  it.each([
    ['is within the margin when the two fit ranges overlap', 6, true],
    ['is outside the margin when the two fit ranges are apart', 3, false],
  ])('%s', (_, halfWidth, withinMargin) => {
    const lean = findLean(
      { cto: 70, cpo: 60 },
      {
        cto: { low: 70 - halfWidth, high: 70 + halfWidth },
        cpo: { low: 60 - halfWidth, high: 60 + halfWidth },
      },
    );
    expect(lean.withinMargin).toBe(withinMargin);
  });
});
