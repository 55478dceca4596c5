import { findLean } from '@/lib/scoring/find-lean';

describe('findLean', () => {
  it('is balanced when the fits are less than 5 points apart', () => {
    expect(findLean({ cto: 64, cpo: 60 })).toEqual({
      role: 'balanced',
      margin: 4,
      strength: 'none',
    });
  });

  it('leans slightly from 5 points', () => {
    expect(findLean({ cto: 55, cpo: 60 })).toEqual({ role: 'cpo', margin: -5, strength: 'slight' });
  });

  it('leans clearly from 15 points', () => {
    expect(findLean({ cto: 75, cpo: 60 })).toEqual({ role: 'cto', margin: 15, strength: 'clear' });
  });
});
