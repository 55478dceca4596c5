import { z } from 'zod';

import { Template, Text } from '@/lib/copy/template-schema';

/**
 * What every page and export says about the bank version of a result, kept as data in
 * `questions/versions-copy.json`. Its own file, because lib/versions sits below every other layer.
 */
export const VersionsCopySchema = z.strictObject({
  /** A result of an earlier version: a notice beside it, and the offer to take the quiz again. */
  earlier: z.strictObject({ notice: Template('version', 'current'), retake: Text }),
  /** A result whose version cannot be read here; `{what}` names it ("This link", "the file"). */
  missing: z.strictObject({
    notLoaded: Template('what', 'version'),
    newer: Template('what', 'version', 'current'),
    neverReleased: Template('what', 'version'),
  }),
});
export type VersionsCopy = z.infer<typeof VersionsCopySchema>;
