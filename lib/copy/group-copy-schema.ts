import { z } from 'zod';

import { Template } from './template-schema';

/**
 * Schema pieces that the comparison of two results and the team map share in their copy
 * (`questions/compare-copy.json`, `questions/team-copy.json`): both read several people's
 * results and export them the same way.
 */

/** A text a person reads, with no placeholders. */
export const PlainText = Template();

/** Text that may begin or end with a space, because something is set right beside it. */
export const Fragment = z.string().min(1, 'must not be empty');

/** A page state's header. */
export const GroupHeaderSchema = z.strictObject({
  eyebrow: PlainText,
  title: PlainText,
  lead: PlainText,
});

/** The page's title and description, for the document head. */
export const GroupMetadataSchema = z.strictObject({ title: PlainText, description: PlainText });

/** The headers of the states every group page has; a page may add its own after these. */
export const GROUP_HEADERS = {
  loading: GroupHeaderSchema,
  intro: GroupHeaderSchema,
  problem: GroupHeaderSchema,
} as const;

/** The cautions every group reading shows; a reading may add its own after these. */
export const GROUP_CAUTIONS = {
  heading: PlainText,
  shortForm: Template('name'),
  lowConfidence: Template('name'),
} as const;

/** The export panel: its heading, lead, buttons and file name; the saved notice is `common.exports.saved`. */
export const GroupExportSchema = z.strictObject({
  heading: PlainText,
  lead: PlainText,
  pdf: PlainText,
  markdown: PlainText,
  fileName: Template('date', 'extension'),
});
