import { loadSiteWords } from '@/lib/i18n/load-site-words';
import { describeKeptResult } from '@/lib/team';

const english = loadSiteWords('en');

describe('describeKeptResult', () => {
  it('names a kept result by when it was finished, its form and both fits', () => {
    expect(
      describeKeptResult(english, { form: 'full', fit: { cto: 72, cpo: 58 } }, '4 Dec 2026, 10:32'),
    ).toBe('4 Dec 2026, 10:32 · Full form · CTO 72, CPO 58');
  });

  it('tells apart two results of the same day and verdict by their fits and form', () => {
    const when = '4 Dec 2026, 10:32';
    const labels = [
      describeKeptResult(english, { form: 'full', fit: { cto: 72, cpo: 58 } }, when),
      describeKeptResult(english, { form: 'full', fit: { cto: 70, cpo: 58 } }, when),
      describeKeptResult(english, { form: 'short', fit: { cto: 72, cpo: 58 } }, when),
    ];
    expect(new Set(labels).size).toBe(3);
  });

  it('names the form in the language of the words it is given, with the same fits', () => {
    const result = { form: 'short', fit: { cto: 72, cpo: 58 } } as const;
    expect(describeKeptResult(loadSiteWords('es'), result, '4 dic 2026, 10:32')).toBe(
      '4 dic 2026, 10:32 · Formato breve · CTO 72, CPO 58',
    );
  });
});
