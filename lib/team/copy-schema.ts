import { z } from 'zod';

import {
  Fragment,
  GROUP_CAUTIONS,
  GROUP_HEADERS,
  GroupExportSchema,
  GroupMetadataSchema,
  PlainText as Text,
} from '@/lib/copy/group-copy-schema';
import { PluralSchema, Template } from '@/lib/report/copy/common-schema';

const LabelledSchema = z.strictObject({ label: Text, note: Text });
const ReadingSchema = z.strictObject({ label: Text, text: Text });

/**
 * Every sentence and heading a person reads about a team map, on the page and in its exports,
 * kept as data in `questions/team-copy.json`. Words every report shares (roles, fit levels, the
 * tension scale) come from the `common` section of the report copy.
 */
export const TeamCopySchema = z.strictObject({
  metadata: GroupMetadataSchema,
  headers: z.strictObject({
    ...GROUP_HEADERS,
    team: Template('count', 'names'),
  }),
  title: Template('bank', 'count'),
  /** What the map is for and what it is not for; shown with every team map. */
  framing: Text,
  /** Shown while the team link is read. */
  reading: Text,
  /** Under a team link that cannot be opened. */
  problem: z.strictObject({ advice: Text, retry: Text, quiz: Text }),
  actions: z.strictObject({
    copy: Text,
    edit: Text,
    copied: Text,
    linkLabel: Text,
    /** The members of a team link that could not be read, kept out of the map. */
    skipped: Text,
  }),
  defaultName: Template('number'),
  /** How lists of names and competencies are joined: "Ana, Ben and Chi". */
  lists: z.strictObject({ comma: Fragment, and: Fragment, or: Fragment }),
  members: z.strictObject({
    heading: Text,
    columns: z.strictObject({ name: Text, mark: Text, reading: Text, confidence: Text }),
    cell: Template('score', 'level'),
    openResult: Template('name'),
  }),
  grid: z.strictObject({
    heading: Text,
    intro: Text,
    caption: Template('names'),
    columns: z.strictObject({
      competency: Text,
      ideal: Template('role'),
      best: Text,
      strong: Text,
      coverage: Text,
    }),
    strongCount: Template('count', 'total'),
    coverage: z.strictObject({
      gap: LabelledSchema,
      'pile-up': LabelledSchema,
      covered: LabelledSchema,
      unknown: LabelledSchema,
    }),
    summary: z.strictObject({
      gaps: PluralSchema('count', 'list'),
      noGaps: Text,
      pileUps: PluralSchema('count', 'list'),
    }),
    sortHint: Text,
    resetOrder: Text,
  }),
  seats: z.strictObject({
    heading: Text,
    intro: Text,
    title: Template('role'),
    filled: Template('name', 'role', 'score', 'level'),
    nobodyFits: Template('role', 'threshold'),
    taken: Template('role', 'name'),
    tie: Template('alternatives'),
    alternative: Template('name', 'role'),
    openSeat: Template('role'),
    runnerUp: Template('name', 'score', 'level'),
    noRunnerUp: Text,
    recruit: z.strictObject({ gaps: Template('role', 'list'), combine: Template('role', 'list') }),
  }),
  tensions: z.strictObject({
    heading: Text,
    intro: Text,
    scaleEnds: z.strictObject({ technology: Text, product: Text }),
    placement: Template('name', 'placed'),
    centre: Template('position', 'spread'),
    unanswered: Template('names'),
    camps: Template('technology', 'product'),
    readings: z.strictObject({
      balanced: ReadingSchema,
      split: ReadingSchema,
      'one-sided': ReadingSchema,
      unknown: ReadingSchema,
    }),
    blindSpot: Template('side'),
    practices: Text,
  }),
  cautions: z.strictObject({
    ...GROUP_CAUTIONS,
    /** Before the words every page uses for a result of an earlier bank version. */
    earlierVersion: Template('name', 'notice'),
  }),
  bankNote: z.strictObject({
    same: Template('bank', 'version'),
    different: Template('bank', 'versions'),
  }),
  /** Followed by the team map's link. */
  openLink: Fragment,
  export: GroupExportSchema,
  form: z.strictObject({
    member: Template('number'),
    name: Text,
    link: Text,
    linkHint: Text,
    add: Text,
    remove: Template('name'),
    moveUp: Template('name'),
    moveDown: Template('name'),
    useLastResult: Text,
    fromHistory: Text,
    submit: Text,
    privacy: Text,
    /** Read by screen readers before a field's error. */
    errorPrefix: Fragment,
    problem: Template('member', 'error'),
    tooFew: Template('min'),
    tooMany: Template('max'),
    summary: PluralSchema('count'),
    missing: Text,
    heading: Text,
    includeNames: Text,
    includeNamesHint: Text,
    historyLabel: Text,
    historyEntry: Template('date', 'form', 'cto', 'cpo'),
    historyAdd: Text,
    lastUnreadable: Template('detail'),
    otherVersion: Text,
    wholeTeam: Text,
    added: Template('number'),
  }),
});
export type TeamCopy = z.infer<typeof TeamCopySchema>;
