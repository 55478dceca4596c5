import {
  DEFAULT_NAMES,
  readCompareCodeLinks,
  type CompareCodeProblem,
} from '@/lib/codecs/compare-code';

/** What the compare form starts with: two links and two names, any of them empty. */
export interface FormStart {
  readonly links: readonly [string, string];
  readonly names: readonly [string, string];
}

export const EMPTY_START: FormStart = { links: ['', ''], names: ['', ''] };

/** The form filled with the links and names of a comparison on screen, to change one of them. */
export function startFromComparison(
  people: readonly [
    { readonly code: string; readonly name: string },
    { readonly code: string; readonly name: string },
  ],
  origin: string,
): FormStart {
  const link = (i: 0 | 1) => `${origin}/results#${people[i].code}`;
  const name = (i: 0 | 1) => (people[i].name === DEFAULT_NAMES[i] ? '' : people[i].name);
  return { links: [link(0), link(1)], names: [name(0), name(1)] };
}

/**
 * The form filled from a code that opened no comparison: a single result's code becomes the
 * first link; a comparison's links are kept, so that a good one is not lost.
 */
export function startFromCode(code: string, problem: CompareCodeProblem | null): FormStart {
  if (problem === 'single-result') return { links: [code, ''], names: ['', ''] };
  return { links: readCompareCodeLinks(code), names: ['', ''] };
}
