/**
 * A released bank version as its content files, each under its path in `questions/` so that a
 * translation of that file (decision 027) can be found and applied before the bank is assembled.
 */
export interface BankFiles {
  readonly meta: readonly [path: string, content: unknown];
  readonly competencies: readonly [path: string, content: unknown];
  readonly tensions: readonly [path: string, content: unknown];
  readonly items: readonly [path: string, content: unknown];
  readonly scenarios: readonly [path: string, content: unknown];
  readonly archetypes: readonly [path: string, content: unknown];
  /** The order of questions: ids only, nothing to translate. Versions before 2 have none. */
  readonly order?: unknown;
}

/** The content of each file of a version, as imported. */
export interface VersionContents {
  readonly meta: unknown;
  readonly competencies: unknown;
  readonly tensions: unknown;
  readonly items: unknown;
  readonly scenarios: unknown;
  readonly archetypes: unknown;
  readonly order?: unknown;
}

/** A version's files under their paths in `questions/versions/<version>/` (`meta` is `bank.json`). */
export function filesOfVersion(version: number, contents: VersionContents): BankFiles {
  const at = (name: string, content: unknown) =>
    [`versions/${version}/${name}.json`, content] as const;
  return {
    meta: at('bank', contents.meta),
    competencies: at('competencies', contents.competencies),
    tensions: at('tensions', contents.tensions),
    items: at('items', contents.items),
    scenarios: at('scenarios', contents.scenarios),
    archetypes: at('archetypes', contents.archetypes),
    ...(contents.order === undefined ? {} : { order: contents.order }),
  };
}

/** The files with each one's content replaced by `translate(path, content)`. */
export function translateBankFiles(
  files: BankFiles,
  translate: (path: string, content: unknown) => unknown,
): BankFiles {
  const each = ([path, content]: readonly [string, unknown]) =>
    [path, translate(path, content)] as const;
  return {
    meta: each(files.meta),
    competencies: each(files.competencies),
    tensions: each(files.tensions),
    items: each(files.items),
    scenarios: each(files.scenarios),
    archetypes: each(files.archetypes),
    ...(files.order === undefined ? {} : { order: files.order }),
  };
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
