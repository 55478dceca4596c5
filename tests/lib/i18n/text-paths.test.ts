import fc from 'fast-check';

import { applyTexts, extractTexts, placeholdersOf } from '@/lib/i18n/text-paths';

/** JSON shaped like the content files: objects, arrays of objects with ids, texts and ids. */
const content = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.integer(),
    fc.boolean(),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.array(fc.record({ id: fc.stringMatching(/^[a-z]{1,6}(-[0-9]{2})?$/), text: fc.string() }), {
      maxLength: 4,
    }),
    fc.dictionary(fc.constantFrom('title', 'lead', 'competency', 'keyed', 'items'), tie('value'), {
      maxKeys: 4,
    }),
  ),
})).value;

describe('extractTexts and applyTexts', () => {
  it('give back the content unchanged when each text is put back as it was', () => {
    fc.assert(
      fc.property(content, (json) => {
        expect(applyTexts(json, extractTexts(json))).toEqual(json);
      }),
    );
  });

  it('change nothing but the texts: the translated file yields exactly the translation', () => {
    fc.assert(
      fc.property(content, (json) => {
        const translation = Object.fromEntries(
          Object.entries(extractTexts(json)).map(([path, text]) => [path, `«${text}»`]),
        );
        const translated = applyTexts(json, translation);
        expect(extractTexts(translated)).toEqual(translation);
        // The structure and every number, flag and id are the English file's.
        const blank = (texts: Record<string, string>) =>
          Object.fromEntries(Object.keys(texts).map((path) => [path, '']));
        expect(applyTexts(translated, blank(translation))).toEqual(
          applyTexts(json, blank(translation)),
        );
      }),
    );
  });

  it('names array elements by their id, and leaves ids, keys and competencies untranslated', () => {
    const items = [
      { id: 'tech-strategy-01', competency: 'tech-strategy', keyed: 'reverse', text: 'I plan.' },
    ];
    expect(extractTexts(items)).toEqual({ '[tech-strategy-01].text': 'I plan.' });
    expect(extractTexts({ columns: { competency: 'Competency' } })).toEqual({
      'columns.competency': 'Competency',
    });
    expect(extractTexts({ likertScale: ['No', 'Yes'] })).toEqual({
      'likertScale[0]': 'No',
      'likertScale[1]': 'Yes',
    });
  });

  it('names the path a translation lacks', () => {
    expect(() => applyTexts({ page: { title: 'Results' } }, {})).toThrow('page.title');
  });
});

describe('placeholdersOf', () => {
  it('lists the placeholders a template fills in, in order of name', () => {
    expect(placeholdersOf('{score} of {total}, by {name}')).toEqual([
      '{name}',
      '{score}',
      '{total}',
    ]);
    expect(placeholdersOf('no placeholder')).toEqual([]);
  });
});
