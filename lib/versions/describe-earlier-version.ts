import { fillTemplate } from '@/lib/copy/fill-template';

import { CURRENT_VERSION } from './released-versions';
import type { VersionsCopy } from './copy-schema';

/** What a page or an export says about the bank version a result was answered with. */
export interface EarlierVersionNote {
  /** True when the result was answered with an older version than the current one. */
  readonly earlier: boolean;
  /** One sentence to show beside the result; empty when it is of the current version. */
  readonly notice: string;
  /** The offer to take the quiz again; empty when it is of the current version. */
  readonly retake: string;
}

/**
 * The words every page and export uses for a result of an earlier bank version, so that they
 * never disagree, said in `words`. A result of the current (or a newer) version gets empty sentences.
 */
export function describeEarlierVersion(
  words: VersionsCopy['earlier'],
  resultVersion: number,
  currentVersion: number = CURRENT_VERSION,
): EarlierVersionNote {
  if (resultVersion >= currentVersion) return { earlier: false, notice: '', retake: '' };
  return {
    earlier: true,
    notice: fillTemplate(words.notice, {
      version: resultVersion,
      current: currentVersion,
    }),
    retake: words.retake,
  };
}
