import type { QuestionBank } from '@/lib/bank/schema';
import type { BankFiles } from '@/lib/bank/versions/bank-files';
import type { BankTexts } from '@/lib/bank/versions/texts/bank-texts';
import { SOURCE_LOCALE, type Locale } from '@/lib/i18n/locales';

/**
 * Every released bank version's content, fetched only when a result of that version is opened:
 * a page's own (current) bank comes from the server, so no page's first script holds a bank.
 * A new version is one line here (a test keeps this list equal to the released versions).
 */
const LOADERS: Readonly<
  Record<number, () => Promise<{ readonly bankFiles: BankFiles; readonly bankContent: unknown }>>
> = {
  1: () => import('@/lib/bank/versions/v1'),
  2: () => import('@/lib/bank/versions/v2'),
};

/**
 * A version's words in another language: the translation of each of its files, fetched on use
 * from `questions/i18n/<locale>/`, so that an earlier result reads in the page's language, no
 * page carries another language's words, and a new language needs no line here.
 */
async function loadBankTexts(files: BankFiles, locale: Locale): Promise<BankTexts> {
  const paths = Object.values(files).flatMap((file: unknown) =>
    Array.isArray(file) && typeof file[0] === 'string' ? [file[0]] : [],
  );
  const maps = await Promise.all(
    paths.map(async (path) => {
      // `versions/<n>/<name>.json`: spelled out, so that the bundler offers only bank translations.
      const [, version, name] = /^versions\/(\d+)\/([a-z-]+)\.json$/.exec(path) ?? [];
      if (version === undefined || name === undefined) throw new Error(`Not a bank file: ${path}`);
      const translation = (await import(
        `../../questions/i18n/${locale}/versions/${version}/${name}.json`
      )) as { default: BankTexts[string] };
      return translation.default;
    }),
  );
  return Object.fromEntries(paths.map((path, i) => [path, maps[i] ?? {}]));
}

/** The versions this browser code can load, oldest first. */
export const LOADABLE_BANK_VERSIONS: readonly number[] = Object.keys(LOADERS)
  .map(Number)
  .sort((a, b) => a - b);

const loading = new Map<string, Promise<QuestionBank>>();
const loaded = new Map<string, QuestionBank>();

const keyOf = (version: number, locale: Locale) => `${version}:${locale}`;

/** A bank already loaded in this tab in `locale`, or null. */
export function loadedBank(version: number, locale: Locale): QuestionBank | null {
  return loaded.get(keyOf(version, locale)) ?? null;
}

/** The bank's content in `locale`: the English files, with the language's words put in. */
async function loadContent(version: number, locale: Locale): Promise<unknown> {
  const loadFiles = LOADERS[version];
  if (!loadFiles) return null;
  const { bankFiles, bankContent } = await loadFiles();
  if (locale === SOURCE_LOCALE) return bankContent;
  const [texts, { translateBank }] = await Promise.all([
    loadBankTexts(bankFiles, locale),
    import('@/lib/bank/versions/texts/bank-texts'),
  ]);
  return translateBank(bankFiles, texts);
}

/**
 * Fetches and validates a released bank version in `locale` (the page's language; English
 * unless given), once per tab; null for a version never released. Only its words differ between
 * languages, so a result scores the same in each. Rejects when the browser cannot fetch it
 * (offline, say); a later call tries again.
 */
export function loadReleasedBank(version: number, locale: Locale): Promise<QuestionBank | null> {
  if (!LOADERS[version]) return Promise.resolve(null);
  const key = keyOf(version, locale);
  let promise = loading.get(key);
  if (!promise) {
    promise = Promise.all([loadContent(version, locale), import('@/lib/bank/parse-bank')]).then(
      ([content, { parseBank }]) => {
        const bank = parseBank(content);
        loaded.set(key, bank);
        return bank;
      },
    );
    promise.catch(() => loading.delete(key));
    loading.set(key, promise);
  }
  return promise;
}
