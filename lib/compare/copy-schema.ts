import { z } from 'zod';

import {
  Fragment,
  GROUP_CAUTIONS,
  GROUP_HEADERS,
  GroupExportSchema,
  GroupHeaderSchema,
  GroupMetadataSchema,
  PlainText as Text,
} from '@/lib/copy/group-copy-schema';
import { PluralSchema, Template } from '@/lib/report/copy/common-schema';

/** One text per person: the first person's (`a`), then the second's (`b`). */
const PerPerson = (...names: string[]) =>
  z.strictObject({ a: Template(...names), b: Template(...names) });
const KindWordsSchema = z.strictObject({ label: Text, words: PluralSchema() });

/**
 * Every sentence and heading a person reads about a comparison of two results, on the page and in
 * its exports, kept as data in `questions/compare-copy.json`. Words every report shares (forms,
 * the scale, "not measured") come from the `common` section of the report copy.
 */
export const CompareCopySchema = z.strictObject({
  metadata: GroupMetadataSchema,
  headers: z.strictObject({
    ...GROUP_HEADERS,
    withOneResult: GroupHeaderSchema,
    compared: Template('a', 'b'),
  }),
  reading: Text,
  problem: z.strictObject({ advice: Text, retry: Text, quiz: Text }),
  title: Template('bank', 'a', 'b'),
  /** What the two people are called when a comparison gives no names. */
  defaultNames: PerPerson(),
  kinds: z.strictObject({
    clash: KindWordsSchema,
    complement: KindWordsSchema,
    aligned: KindWordsSchema,
    unknown: KindWordsSchema,
  }),
  counts: z.strictObject({ label: Text, item: Template('count', 'words') }),
  actions: z.strictObject({ copy: Text, edit: Text, copied: Text, linkLabel: Text }),
  fits: z.strictObject({
    heading: Text,
    chartSummary: Template('a', 'b', 'aCto', 'bCto', 'aCpo', 'bCpo'),
    barLabel: Template('name', 'score', 'level'),
    barValue: Template('score', 'level'),
    cell: Template('score', 'level'),
    legend: PerPerson('name'),
    legendWithBars: PerPerson('name'),
    card: Template('confidence', 'answered', 'total', 'form'),
    openResult: Template('name'),
    rows: z.strictObject({
      reading: Text,
      confidence: Text,
      answered: Text,
      answeredCell: Template('answered', 'total', 'form'),
    }),
    framingLead: Text,
  }),
  seats: z.strictObject({
    level: Text,
    close: Template('cto', 'cpo'),
    clear: Template('cto', 'cpo'),
  }),
  tensions: z.strictObject({
    heading: Text,
    intro: z.strictObject({
      page: Template('a', 'b'),
      pdf: Template('axis', 'a', 'b'),
      markdown: Template('axis'),
    }),
    scaleEnds: z.strictObject({ technology: Text, product: Text }),
    placement: Template('name', 'placed'),
    placements: Template('a', 'aPlaced', 'b', 'bPlaced'),
    unansweredHeadline: Text,
    practices: Text,
  }),
  competencies: z.strictObject({
    heading: Text,
    intro: Text,
    chartSummary: Template('a', 'b', 'firstCovers', 'secondCovers', 'bothStrong', 'sharedGap'),
    caption: Template('a', 'b'),
    column: Text,
    between: Text,
    coverage: z.strictObject({
      'first-covers': Template('a', 'b'),
      'second-covers': Template('a', 'b'),
      'both-strong': Text,
      'shared-gap': Text,
      similar: Text,
      unknown: Text,
    }),
  }),
  cautions: z.strictObject({
    ...GROUP_CAUTIONS,
  }),
  bankNote: z.strictObject({
    same: Template('bank', 'version'),
    different: Template('bank', 'a', 'aVersion', 'b', 'bVersion'),
  }),
  /** Followed by the comparison's link. */
  openLink: Fragment,
  export: GroupExportSchema,
  form: z.strictObject({
    people: PerPerson(),
    name: Text,
    namePlaceholders: PerPerson(),
    link: Text,
    linkHint: Text,
    useLastResult: Text,
    filled: Text,
    submit: Text,
    privacy: Text,
    /** Read by screen readers before a field's error. */
    errorPrefix: Fragment,
    problem: Template('person', 'error'),
    summaryOne: Text,
    summaryBoth: Text,
    missing: PerPerson(),
    wholeComparison: Text,
    lastUnreadable: Template('detail'),
    otherVersion: Text,
    /** Under the form: a link to the team map, for more than two people. */
    team: z.strictObject({ before: Fragment, link: Text }),
  }),
});
export type CompareCopy = z.infer<typeof CompareCopySchema>;
