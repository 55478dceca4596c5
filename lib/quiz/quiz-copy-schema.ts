import { z } from 'zod';

import {
  Fragment,
  FragmentTemplate,
  PluralSchema,
  Template,
  Text,
} from '@/lib/copy/template-schema';

const ByKind = z.strictObject({ likert: Text, choice: Text });
const ByForm = z.strictObject({ short: Text, full: Text });

/** The words of the quiz page (`questions/site/quiz.json`), grouped by the screen that shows them. */
export const QuizCopySchema = z.strictObject({
  start: z.strictObject({ title: Text, welcomeBack: Text, restoring: Text }),
  forms: z.strictObject({
    lead: Text,
    summary: Template('count', 'minutes', 'blurb'),
    blurbs: ByForm,
    start: Template('form'),
    tips: z.strictObject({
      saved: Text,
      keyboard: Text,
      guide: Template('link').refine((text) => text.includes('{link}'), 'must show {link}'),
      guideLink: Text,
    }),
  }),
  step: z.strictObject({
    titles: z.strictObject({
      statements: PluralSchema('first', 'last', 'total'),
      scenarios: Text,
      scenariosOf: Template('index', 'count'),
    }),
    eyebrow: Template('form', 'step', 'steps'),
    progress: PluralSchema('first', 'last', 'total'),
    hints: ByKind,
    keys: Template('keys'),
    questionNumber: Template('number'),
    error: Fragment,
    required: ByKind,
    missing: PluralSchema('count'),
    missingItem: Template('number', 'message'),
    missingFallback: Text,
    back: Text,
    next: Text,
    toReview: Text,
  }),
  review: z.strictObject({
    eyebrow: Template('form'),
    title: Text,
    lead: Template('answered', 'total'),
    unanswered: PluralSchema('count'),
    unansweredNote: Text,
    answerQuestion: Template('number'),
    answerQuestionHidden: FragmentTemplate('question'),
    change: Text,
    changeHidden: FragmentTemplate('step'),
    row: Template('number', 'question'),
    notAnswered: Text,
    finish: Text,
  }),
  saved: z.strictObject({
    title: Template('form'),
    finishedTitle: Template('form'),
    text: Template('answered', 'total'),
    confirmStartOver: PluralSchema('count'),
    seeResults: Text,
    changeAnswers: Text,
    continue: Text,
    goOnToFull: Text,
    startOver: Text,
    clearAndStartOver: Text,
    keepAnswers: Text,
  }),
  carryOver: z.strictObject({
    title: Text,
    finishedTitle: Text,
    versions: Template('form', 'saved', 'current'),
    matching: PluralSchema('matching', 'total', 'form'),
    none: PluralSchema('total', 'form'),
    carry: PluralSchema('count'),
    resultStays: Text,
    startFresh: Text,
    seeEarlierResult: Text,
    keptAside: Text,
  }),
  restore: z.strictObject({
    declined: Text,
    dropped: PluralSchema('count'),
    otherVersion: Template('detail'),
    corrupted: Template('detail'),
    keptAside: Text,
    download: Text,
  }),
  storage: z.strictObject({ answering: Text, review: Text }),
});
export type QuizCopy = z.infer<typeof QuizCopySchema>;

/** The quiz page's title and description (`questions/site/quiz-page.json`), for its metadata only. */
export const QuizPageCopySchema = z.strictObject({ title: Text, description: Text });
export type QuizPageCopy = z.infer<typeof QuizPageCopySchema>;

/**
 * What the results page asks before it replaces saved answers with a result's, to change them in
 * the quiz (`questions/site/change-answers.json`): a file of its own, so the quiz does not carry it.
 */
export const ChangeAnswersCopySchema = z.strictObject({
  holds: PluralSchema('count', 'form'),
  holdsUnfinished: PluralSchema('count', 'form'),
  changing: z.strictObject({ saved: Text, shared: Text, imported: Text }),
  resultStays: Text,
  cannotSave: Text,
});
export type ChangeAnswersCopy = z.infer<typeof ChangeAnswersCopySchema>;
