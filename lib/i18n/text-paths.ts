/**
 * The words of a content file, apart from its structure. A translation is a flat map from a
 * text's path to its words; ids, options and scoring stay in the English file, so every language
 * scores the same answers the same way (decision 027).
 *
 * A path names object keys with `.key` and array elements with `[id]` when the element has a
 * string `id`, else with `[index]`: `[tech-strategy-01].text`, `page.title`, `likertScale[2]`.
 */

/** Keys whose lower-case slug values name things (questions, competencies, tensions), not words. */
const IDENTIFIER_KEYS: ReadonlySet<string> = new Set([
  'id',
  'type',
  'competency',
  'keyed',
  'facet',
  'twin',
  'side',
  'tension',
  'lean',
  // The forms' lists of question ids (order.json).
  'full',
  'short',
]);
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A content file's texts, keyed by path: Record<path, words>. */
export type TextMap = Record<string, string>;

function isIdentifier(key: string | undefined, value: string): boolean {
  return key !== undefined && IDENTIFIER_KEYS.has(key) && SLUG.test(value);
}

function elementPath(parent: string, element: unknown, index: number): string {
  const id =
    typeof element === 'object' && element !== null && 'id' in element ? element.id : undefined;
  return `${parent}[${typeof id === 'string' ? id : index}]`;
}

function walk(
  value: unknown,
  path: string,
  key: string | undefined,
  visit: (path: string, text: string) => string,
): unknown {
  if (typeof value === 'string') return isIdentifier(key, value) ? value : visit(path, value);
  if (Array.isArray(value)) {
    return value.map((element, index) =>
      walk(element, elementPath(path, element, index), key, visit),
    );
  }
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        walk(v, path === '' ? k : `${path}.${k}`, k, visit),
      ]),
    );
  }
  return value;
}

/** Every text of a content file (English, as written), by path, in the file's order. */
export function extractTexts(content: unknown): TextMap {
  const texts: TextMap = {};
  walk(content, '', undefined, (path, text) => {
    texts[path] = text;
    return text;
  });
  return texts;
}

/**
 * The content file with each text replaced by its translation. A path the translation lacks
 * throws, naming it: a checked translation (see `describeTranslationGaps`) has every one.
 */
export function applyTexts<T>(content: T, translation: TextMap): T {
  return walk(content, '', undefined, (path) => {
    const text = translation[path];
    if (text === undefined) throw new Error(`No translation for ${path}`);
    return text;
  }) as T;
}

/** The `{name}` placeholders a text fills in, sorted, so two texts can be compared. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{[A-Za-z][A-Za-z0-9]*\}/g)].map((m) => m[0]).sort();
}
