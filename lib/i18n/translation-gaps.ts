import { extractTexts, placeholdersOf, type TextMap } from './text-paths';

/**
 * What keeps a translation of one content file from being complete, one sentence per problem,
 * each naming the file, the text's path (its id) and the language: a text missing or empty, a
 * text the English no longer has, or a `{placeholder}` added or lost. Empty when complete.
 */
export function describeTranslationGaps(
  english: unknown,
  translation: TextMap,
  where: { readonly file: string; readonly locale: string },
): string[] {
  const source = extractTexts(english);
  const at = (path: string) => `${where.file}: ${path} (${where.locale})`;
  const problems: string[] = [];
  for (const [path, text] of Object.entries(source)) {
    const translated = translation[path];
    if (translated === undefined) problems.push(`${at(path)} has no translation`);
    else if (typeof translated !== 'string') problems.push(`${at(path)} is not text`);
    else if (translated.trim() === '' && text.trim() !== '') problems.push(`${at(path)} is empty`);
    else if (placeholdersOf(translated).join() !== placeholdersOf(text).join()) {
      problems.push(
        `${at(path)} fills in ${placeholdersOf(translated).join(' ') || 'nothing'}, the English ${placeholdersOf(text).join(' ') || 'nothing'}`,
      );
    }
  }
  for (const path of Object.keys(translation)) {
    if (!(path in source)) problems.push(`${at(path)} translates a text the English does not have`);
  }
  return problems;
}
