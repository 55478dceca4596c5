/** Each part of a bank with words in it, and the name of its file in `questions/versions/<n>/`. */
const WORDED_FILES = {
  meta: 'bank',
  competencies: 'competencies',
  tensions: 'tensions',
  items: 'items',
  scenarios: 'scenarios',
  archetypes: 'archetypes',
} as const;

type WordedPart = keyof typeof WORDED_FILES;

/** A bank file: its path in `questions/` and its content as imported. */
export type BankFile = readonly [path: string, content: unknown];

/**
 * A released bank version as its content files, each under its path in `questions/` so that a
 * translation of that file (decision 027) can be found and applied before the bank is assembled.
 */
export type BankFiles = Readonly<Record<WordedPart, BankFile>> & {
  /** The order of questions: ids only, nothing to translate. Versions before 2 have none. */
  readonly order?: unknown;
};

/** The content of each file of a version, as imported. */
export type VersionContents = Readonly<Record<WordedPart, unknown>> & { readonly order?: unknown };

/** Each worded part of the files mapped by `each`; the order is kept as it is. */
function mapParts(
  files: { readonly order?: unknown },
  each: (part: WordedPart) => BankFile,
): BankFiles {
  const parts = Object.fromEntries(
    (Object.keys(WORDED_FILES) as WordedPart[]).map((part) => [part, each(part)]),
  ) as Record<WordedPart, BankFile>;
  return files.order === undefined ? parts : { ...parts, order: files.order };
}

/** A version's files under their paths in `questions/versions/<version>/` (`meta` is `bank.json`). */
export function filesOfVersion(version: number, contents: VersionContents): BankFiles {
  return mapParts(contents, (part) => [
    `versions/${version}/${WORDED_FILES[part]}.json`,
    contents[part],
  ]);
}

/** The files with each one's content replaced by `translate(path, content)`. */
export function translateBankFiles(
  files: BankFiles,
  translate: (path: string, content: unknown) => unknown,
): BankFiles {
  return mapParts(files, (part) => {
    const [path, content] = files[part];
    return [path, translate(path, content)];
  });
}

/** The bank as the schema reads it, assembled from its files but not yet validated. */
export function assembleBank(files: BankFiles): unknown {
  const meta = files.meta[1] as Record<string, unknown>;
  return {
    ...meta,
    competencies: files.competencies[1],
    tensions: files.tensions[1],
    questions: [...(files.items[1] as unknown[]), ...(files.scenarios[1] as unknown[])],
    archetypes: files.archetypes[1],
    ...(files.order === undefined ? {} : { order: files.order }),
  };
}
