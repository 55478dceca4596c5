import { describeKeptResult } from '@/lib/team';

describe('describeKeptResult', () => {
  it('names a kept result by when it was finished, its form and both fits', () => {
    expect(
      describeKeptResult({ form: 'full', fit: { cto: 72, cpo: 58 } }, '4 Dec 2026, 10:32'),
    ).toBe('4 Dec 2026, 10:32 · Full form · CTO 72, CPO 58');
  });

  it('tells apart two results of the same day and verdict by their fits and form', () => {
    const when = '4 Dec 2026, 10:32';
    const labels = [
      describeKeptResult({ form: 'full', fit: { cto: 72, cpo: 58 } }, when),
      describeKeptResult({ form: 'full', fit: { cto: 70, cpo: 58 } }, when),
      describeKeptResult({ form: 'short', fit: { cto: 72, cpo: 58 } }, when),
    ];
    expect(new Set(labels).size).toBe(3);
  });
});
