import { z } from 'zod';

import { Fragment, PluralSchema, Template, Text } from '@/lib/copy/template-schema';

// The primitives live in lib/copy/ so that the engine's own copy (below lib/report) uses them too.
export { PluralSchema, Template };

/** One form's names: "full form" in a sentence, "Full form" as a title, "full" before "form". */
const FormNamesSchema = z.strictObject({ name: Text, title: Text, word: Text });

const FitLevelWordsSchema = z.strictObject({ label: Text, meaning: Text });

/** A sentence with words in bold in the middle: before, the strong words, after. */
export const EmphasisSchema = z.strictObject({ before: Fragment, strong: Text, after: Fragment });

/** What every report says, whatever it is about: role, form, scale and level words. */
export const CommonCopySchema = z.strictObject({
  product: Text,
  roles: z.strictObject({ cto: Text, cpo: Text }),
  roleFit: Template('role'),
  /** The role a profile is measured against, in a sentence. */
  targets: z.strictObject({ cto: Text, cpo: Text, balanced: Text }),
  forms: z.strictObject({ full: FormNamesSchema, short: FormNamesSchema }),
  scale: z.strictObject({
    /** Scores are positions on the quiz's own scale, never a comparison with other people. */
    notPercentile: Text,
    outOf: Template('score'),
    outOfSuffix: Fragment,
    similar: Template('similarity'),
    tensionAxis: Text,
  }),
  fitLevels: z.strictObject({
    strong: FitLevelWordsSchema,
    solid: FitLevelWordsSchema,
    emerging: FitLevelWordsSchema,
    low: FitLevelWordsSchema,
  }),
  fitLevelRanges: z.strictObject({
    top: Template('min'),
    band: Template('min', 'max'),
    bottom: Template('below'),
  }),
  range: z.strictObject({
    figures: Template('low', 'high'),
    label: Template('range'),
    scoreWithRange: Template('score', 'range'),
  }),
  importance: z.strictObject({ essential: Text, important: Text, useful: Text, peripheral: Text }),
  tensionLabels: z.strictObject({
    'technology-first': Text,
    balanced: Text,
    'product-first': Text,
  }),
  placement: Template('label', 'position'),
  notMeasured: z.strictObject({ cell: Text, title: Text }),
  answeredOf: Template('answered', 'total'),
  /** What a copy-link button says when the clipboard is out of reach and the link is shown instead. */
  copyLinkBlocked: Text,
  /** What every export panel says: its paper choice, its status line and a made file's name in `{file}`. */
  exports: z.strictObject({
    pageSize: z.strictObject({ label: Text, a4: Text, letter: Text }),
    preparing: Text,
    saved: Template('file'),
    failure: Text,
    /** A PDF page's footer, e.g. "Page 2 of 5". */
    pageNumber: Template('page', 'pages'),
    /** The PDF's language tag (BCP 47), which screen readers use to pick a voice. */
    language: Text,
  }),
  /** The notice a page shows when a newer release's service worker is waiting (decision 026). */
  update: z.strictObject({ ready: Text, reload: Text }),
});
export type CommonCopy = z.infer<typeof CommonCopySchema>;
