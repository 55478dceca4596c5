import { fillTemplate } from './fill-template';
import type { CommonCopy } from './schema';

/**
 * The status line once the file `file` was saved, on every page that exports, from what every
 * export panel says (`common.exports`).
 */
export function describeSavedFile(exports: CommonCopy['exports'], file: string): string {
  return fillTemplate(exports.saved, { file });
}
