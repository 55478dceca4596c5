import { z } from 'zod';

import { PluralSchema, Template, Text } from '@/lib/copy/template-schema';

/** The three ways a version can be missing here, as `describeMissingVersion` picks them. */
const MissingVersionSchema = z.strictObject({
  notLoaded: Template('version', 'current'),
  newer: Template('version', 'current'),
  neverReleased: Template('version', 'current'),
});

const PerPersonSchema = (...names: string[]) =>
  z.strictObject({ first: Template(...names), second: Template(...names) });

/**
 * Every sentence a decoder of outside data says about what it could not read (a link, saved
 * progress, an answers or export file), kept as data in `questions/decoder-copy.json` so that a
 * decoder speaks the page's language. Field names, ids and formats inside them stay as written.
 */
export const DecoderCopySchema = z.strictObject({
  /** Between a number's whole part and its decimals: "." in English, "," in Spanish. */
  decimalMark: Text,
  shareCode: z.strictObject({
    malformed: Text,
    truncated: Text,
    tampered: Text,
    otherFormat: Template('format', 'current'),
    missing: MissingVersionSchema,
  }),
  compareCode: z.strictObject({
    malformed: Text,
    singleResult: Text,
    otherFormat: Template('format', 'current'),
    truncated: Text,
    unreadableResult: PerPersonSchema('problem'),
    badName: PerPersonSchema('max'),
  }),
  teamCode: z.strictObject({
    malformed: Text,
    singleResult: Text,
    otherFormat: Template('format', 'current'),
    tooMany: Template('max'),
    member: Template('number'),
    namedMember: Template('number', 'name'),
    missing: Template('member'),
    badName: Template('member', 'max'),
    problem: Template('member', 'problem'),
  }),
  savedProgress: z.strictObject({
    notJson: Text,
    noStamp: Text,
    otherFormat: Template('format', 'current'),
    otherBank: Template('bank', 'version', 'current'),
    unreadableParts: Template('parts'),
    /** Named in `unreadableParts` when the whole save is not an object. */
    record: Text,
  }),
  jsonFile: z.strictObject({
    empty: Text,
    notJson: Template('detail'),
    tooLarge: Template('size', 'kind', 'max'),
    tooLargeUnread: Template('size', 'kind', 'max'),
    unreadable: Text,
    bytes: Template('bytes'),
    megabytes: Template('megabytes'),
    unsafeKey: Template('path', 'key'),
    moreUnsafeKeys: PluralSchema('count'),
  }),
  /** One answer that does not fit its question, e.g. `question "x" must be 1 to 5`. */
  answerProblem: Template('question', 'problem'),
  /** The problems `findAnswerProblems` names, put in `answerProblem`'s `{problem}`. */
  answerChecks: z.strictObject({
    notInBank: Text,
    likert: Template('value'),
    choice: Template('options', 'value'),
    /** What was given instead of an answer, in `{value}`, when it is not a word or number. */
    aList: Text,
    anObject: Text,
  }),
  answersFile: z.strictObject({
    notObject: Text,
    answers: Text,
    bank: Text,
    otherQuestions: Template('file', 'current'),
    missing: MissingVersionSchema,
  }),
  exportFile: z.strictObject({
    /** What an export is called in `jsonFile.tooLarge`, with its article. */
    kind: Text,
    /** What a field of the export should be, after its path. */
    fields: z.strictObject({
      missing: Text,
      notObject: Text,
      unknown: PluralSchema('keys'),
      bank: Text,
      bankId: Text,
      version: Text,
      form: Text,
      answers: Text,
      profile: Text,
      exportedAt: Text,
    }),
    notAnObject: Text,
    noFormat: Text,
    otherFormat: Template('format', 'expected'),
    otherFormatVersion: Template('version', 'current'),
    badFormatVersion: Template('current'),
    otherQuestions: Template('file', 'current'),
    newer: Template('version', 'current'),
    notLoaded: Template('version'),
    neverReleased: Template('version'),
  }),
  /** What is wrong with one history entry, after its field's name and a colon. */
  historyEntry: z.strictObject({
    fields: z.strictObject({
      finishedAt: Text,
      bank: Text,
      form: Text,
      answers: Text,
      carriedOver: Text,
    }),
    missing: Text,
    unreadable: Text,
    unknown: PluralSchema('keys'),
    notObject: Text,
    /** Put in `answerProblem`'s `{problem}`. */
    badAnswer: Text,
  }),
  /** Why an entry stored in this browser cannot be read, shown beside it on the history page. */
  storedEntry: z.strictObject({
    notJson: Text,
    notObject: Text,
    unsafeKey: Text,
    otherFormat: Template('format', 'current'),
    noFormat: Text,
  }),
  historyFile: z.strictObject({
    /** What a history file is called in `jsonFile.tooLarge`, with its article. */
    kind: Text,
    notObject: Text,
    singleExport: Text,
    noFormat: Template('expected'),
    otherFormat: Template('format', 'expected'),
    otherFormatVersion: Template('version', 'current'),
    badFormatVersion: Template('current'),
    unknown: PluralSchema('keys'),
    exportedAt: Text,
    entries: Text,
    /** One unreadable entry of the file, counted from 1. */
    entry: Template('number', 'problem'),
  }),
});

export type DecoderCopy = z.infer<typeof DecoderCopySchema>;
