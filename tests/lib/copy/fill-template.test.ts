import { fillPlural, fillTemplate, splitTemplate } from '@/lib/copy/fill-template';

describe('fillTemplate', () => {
  it('replaces every placeholder with its value', () => {
    expect(fillTemplate('{score} / 100 · {level}', { score: 62, level: 'Solid' })).toBe(
      '62 / 100 · Solid',
    );
  });

  it('returns text without placeholders as it is', () => {
    expect(fillTemplate('How firm is this?')).toBe('How firm is this?');
  });

  it('throws when a placeholder has no value', () => {
    expect(() => fillTemplate('{score} / 100', {})).toThrow('No value for {score}');
  });
});

describe('fillPlural', () => {
  const forms = { one: '{n} question', other: '{n} questions' };

  it('uses the singular for one and the plural otherwise', () => {
    expect(fillPlural(forms, 1, { n: 1 })).toBe('1 question');
    expect(fillPlural(forms, 0, { n: 0 })).toBe('0 questions');
    expect(fillPlural(forms, 3, { n: 3 })).toBe('3 questions');
  });
});

describe('splitTemplate', () => {
  it('splits around the placeholder, filling in the rest', () => {
    expect(splitTemplate('{who}, read the {link}.', 'link', { who: 'Ana' })).toEqual([
      'Ana, read the ',
      '.',
    ]);
  });

  it('throws when the template lacks the placeholder', () => {
    expect(() => splitTemplate('Read the guide.', 'link')).toThrow('No {link}');
  });
});
