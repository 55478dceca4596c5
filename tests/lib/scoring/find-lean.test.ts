import { findLean } from '@/lib/scoring/find-lean';

describe('findLean', () => {
  it('is balanced when the fits are less than 5 points apart', () => {
    expect(findLean({ cto: 64, cpo: 60 })).toEqual({
      role: 'balanced',
      margin: 4,
      strength: 'none',
      withinMargin: false,
    });
  });

  it('leans slightly from 5 points', () => {
    expect(findLean({ cto: 55, cpo: 60 })).toEqual({
      role: 'cpo',
      margin: -5,
      strength: 'slight',
      withinMargin: false,
    });
  });

  it('leans clearly from 15 points', () => {
    expect(findLean({ cto: 75, cpo: 60 })).toEqual({
      role: 'cto',
      margin: 15,
      strength: 'clear',
      withinMargin: false,
    });
  });

  it('is within the margin when the two fit ranges overlap', () => {
    const lean = findLean(
      { cto: 70, cpo: 60 },
      { cto: { low: 64, high: 76 }, cpo: { low: 54, high: 66 } },
    );
    expect(lean.withinMargin).toBe(true);
  });

  it('is outside the margin when the two fit ranges are apart', () => {
    const lean = findLean(
      { cto: 70, cpo: 60 },
      { cto: { low: 67, high: 73 }, cpo: { low: 57, high: 63 } },
    );
    expect(lean.withinMargin).toBe(false);
  });
});
