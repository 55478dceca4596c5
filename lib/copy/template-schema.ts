import { z } from 'zod';

/** A text a person reads: never empty, never only spaces. */
export const Text = z.string().trim().min(1, 'must not be empty');

/** Text that may begin or end with a space, because it is set beside other words. */
export const Fragment = z.string().min(1, 'must not be empty');

/** Only the placeholders `names` may appear in a text, so that a typo fails validation. */
function usesOnly(names: readonly string[]) {
  return [
    (text: string) =>
      [...text.matchAll(/\{(\w+)\}/g)].every(([, name]) => names.includes(name ?? '')),
    {
      message: `may only use the placeholders ${names.map((n) => `{${n}}`).join(', ') || '(none)'}`,
    },
  ] as const;
}

/**
 * A sentence with `{name}` placeholders, filled in by `fillTemplate`. Only the names given may
 * appear, so that a typo in the copy fails validation instead of showing "{scroe}" to a person.
 */
export function Template(...names: readonly string[]) {
  return Text.refine(...usesOnly(names));
}

/** A `Fragment` with `{name}` placeholders, e.g. a visually hidden ending to a button's label. */
export function FragmentTemplate(...names: readonly string[]) {
  return Fragment.refine(...usesOnly(names));
}

/** A sentence with its plural, picked by a count and filled in by `fillPlural`. */
export const PluralSchema = (...names: string[]) =>
  z.strictObject({ one: Template(...names), other: Template(...names) });
