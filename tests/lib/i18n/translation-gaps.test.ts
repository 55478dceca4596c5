import { describeTranslationGaps } from '@/lib/i18n/translation-gaps';

const english = [
  { id: 'a-01', text: 'I lead {count} people.', keyed: 'positive' },
  { id: 'a-02', text: 'I plan.' },
];
const where = { file: 'questions/i18n/es/versions/2/items.json', locale: 'es' };

describe('describeTranslationGaps', () => {
  it('finds nothing wrong with a complete translation', () => {
    const complete = { '[a-01].text': 'Dirijo a {count} personas.', '[a-02].text': 'Planifico.' };
    expect(describeTranslationGaps(english, complete, where)).toEqual([]);
  });

  it('names the file, the text and the language of each missing, empty or extra text', () => {
    expect(
      describeTranslationGaps(english, { '[a-01].text': '  ', '[a-03].text': 'Otro.' }, where),
    ).toEqual([
      'questions/i18n/es/versions/2/items.json: [a-01].text (es) is empty',
      'questions/i18n/es/versions/2/items.json: [a-02].text (es) has no translation',
      'questions/i18n/es/versions/2/items.json: [a-03].text (es) translates a text the English does not have',
    ]);
  });

  it('refuses a translation that loses or invents a placeholder', () => {
    const lost = { '[a-01].text': 'Dirijo a personas.', '[a-02].text': 'Planifico {when}.' };
    expect(describeTranslationGaps(english, lost, where)).toEqual([
      'questions/i18n/es/versions/2/items.json: [a-01].text (es) fills in nothing, the English {count}',
      'questions/i18n/es/versions/2/items.json: [a-02].text (es) fills in {when}, the English nothing',
    ]);
  });

  it('lets a text the English leaves empty stay empty or be filled', () => {
    const fragment = { before: '', strong: 'an imported result' };
    expect(
      describeTranslationGaps(fragment, { before: '', strong: 'un resultado' }, where),
    ).toEqual([]);
    expect(
      describeTranslationGaps(fragment, { before: 'Se muestra ', strong: 'un resultado' }, where),
    ).toEqual([]);
  });
});
