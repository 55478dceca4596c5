import { z } from 'zod';

import { Fragment, PluralSchema, Template, Text } from '@/lib/copy/template-schema';

/** How one fit moved from the first result to the last; `{role}` is the role's name. */
const ChangeSchema = PluralSchema('role', 'from', 'to', 'by');

/** A sentence set before a link, and the link's words. */
const LinkLineSchema = z.strictObject({ before: Fragment, link: Text });

/**
 * The history page's own words: headings, the list's entries and actions, what each action did,
 * and moving the history between browsers. Dates (`{date}`) are worded by the page.
 */
const HistoryPageCopySchema = z.strictObject({
  /** The browser tab's title and the search engines' description. */
  meta: z.strictObject({ title: Text, description: Text }),
  title: Text,
  lead: Text,
  /** Shown while the stored results are read. */
  looking: Text,
  empty: z.strictObject({ title: Text, body: Text, action: Text }),
  list: z.strictObject({
    title: PluralSchema('count'),
    /** Under the list while there are too few results for the chart. */
    chartLater: Text,
    /** The way on to the team map, whose form takes results from this browser's history. */
    team: LinkLineSchema,
  }),
  entry: z.strictObject({
    /** Set before the date of a result carried over from before the history was kept. */
    carriedOverBefore: Fragment,
    /** Between an entry's date and its form. */
    separator: Fragment,
    retake: Text,
    otherVersion: z.strictObject({
      title: Text,
      /** What the sentence about the missing version is about, at its start. */
      what: Text,
      kept: Text,
    }),
    carriedOver: Text,
    open: Text,
    /** Words only a screen reader reads after an action's name, naming the entry. */
    openHidden: Template('date'),
    compare: Template('date'),
    compareHidden: Template('date'),
    delete: Text,
    deleteHidden: Template('date'),
  }),
  /** What the last action did, shown and announced above the list. */
  notices: z.strictObject({
    deleted: Template('date'),
    undo: Text,
    notDeleted: Text,
    restored: Text,
    notRestored: Text,
  }),
  deleteAll: z.strictObject({
    button: Text,
    title: Text,
    confirm: Text,
    cancel: Text,
    /** The question asked before deleting `{count}` results. */
    question: PluralSchema('count'),
    /** What deleting them all did, or how many (`{left}`) could not be deleted. */
    done: PluralSchema('count'),
    partly: Template('left', 'count'),
  }),
  chart: z.strictObject({
    title: Text,
    note: Text,
    tableToggle: Text,
    tableCaption: Template('cto', 'cpo'),
    finished: Text,
  }),
  /** Stored entries that could not be read. */
  unreadable: z.strictObject({
    title: PluralSchema('count'),
    body: PluralSchema('count'),
    storedAs: Fragment,
    reason: Template('reason'),
    download: Text,
    remove: Text,
    removeForGood: Text,
    removed: Text,
  }),
  /** Export and import: with results to move, or with none yet. */
  move: z.strictObject({ title: Text, body: Text, bringTitle: Text, bringBody: Text }),
  export: z.strictObject({
    button: Text,
    /** How many results the file holds; `{left}` is the `left` sentence, or nothing. */
    summary: PluralSchema('count', 'left'),
    /** The unreadable entries the file leaves out, set before the summary's full stop. */
    left: PluralSchema('count'),
  }),
  import: z.strictObject({
    label: Text,
    hint: Text,
    /** What the file is, in the file field's sentences ("… is not a history file"). */
    kind: Text,
    /** A problem in the list of why a file was not imported, hence lowercase. */
    storageRefused: Text,
    skipped: Text,
    refused: Template('name'),
    /** What importing the file `{name}` added, and how many of its results were already here. */
    outcome: z.strictObject({
      empty: Template('name'),
      nothingNew: Template('name'),
      added: PluralSchema('count', 'name'),
      alreadyHere: PluralSchema('count'),
    }),
  }),
});

/** Every sentence a person reads about their results over time, on the history page. */
export const HistoryCopySchema = z.strictObject({
  /** The fit-over-time chart in a sentence, its text alternative. */
  trend: z.strictObject({
    tooFew: Template(),
    summary: Template('count', 'from', 'to', 'cto', 'cpo'),
    stayed: Template('role', 'score'),
    rose: ChangeSchema,
    fell: ChangeSchema,
  }),
  page: HistoryPageCopySchema,
});
export type HistoryCopy = z.infer<typeof HistoryCopySchema>;
