import { z } from 'zod';

import { EmphasisSchema, PluralSchema, Template } from './common-schema';

const Text = Template();
const Fragment = z.string().min(1, 'must not be empty');
const Strict = z.strictObject;

const FitLevelWords = Strict({ title: Text, meaning: Text });

const FocusListSchema = Strict({
  title: Text,
  empty: Template('target', 'threshold'),
  stepsTitle: Text,
  exportTitle: Template('target'),
  exportEmpty: Text,
});

/** Every sentence and heading a person reads about a single result, on the page and in exports. */
export const ResultCopySchema = Strict({
  header: Strict({ eyebrow: Text, title: Text, lead: Text }),
  /** The results page's other states: nothing to show yet, a result that cannot be read, an import. */
  page: Strict({
    /** The status line while the answers are read and scored. */
    scoring: Text,
    nothingYet: Text,
    problemLead: Text,
    linkProblem: Strict({ title: Text, advice: Text }),
    savedProblemTitle: Text,
    /**
     * Why the result saved in this browser cannot be shown; the decoder's reason is `{why}`, and
     * `what` names it in the sentence on a version that is not loaded.
     */
    savedProblem: Strict({ detail: Template('why'), otherVersion: Text, what: Text }),
    imported: Strict({ before: z.string(), strong: Text, after: Template('date') }),
    closeImported: Text,
    waysOn: Strict({ quiz: Text, roles: Text }),
    /** Where a shown result comes from, set before its form in the line above its title. */
    sources: Strict({ saved: Text, shared: Text, imported: Text }),
    sourceLine: Template('source', 'form'),
    /** The page's description for search engines and link previews. */
    description: Text,
    /** What a person can do with the result; `change` by whether it is the one saved here. */
    actions: Strict({
      title: Text,
      change: Strict({ saved: Text, other: Text }),
      print: Text,
      compare: Text,
    }),
    /** The question before a result's answers replace other answers saved as quiz progress. */
    changeDialog: Strict({ title: Text, confirm: Text, cancel: Text }),
    share: Strict({ copy: Text, share: Text, shareTitle: Text, copied: Text, linkLabel: Text }),
    export: Strict({
      title: Text,
      lead: Text,
      buttons: Strict({ pdf: Text, md: Text, copy: Text, csv: Text, json: Text, png: Text }),
      fileName: Template('date', 'extension'),
      copied: Text,
      copyBlocked: Text,
    }),
    /** Opening a JSON export; `kind` names the file in the size limit's sentence. */
    import: Strict({ label: Text, hint: Text, kind: Text, refused: Template('name') }),
  }),
  document: Strict({
    title: Template('bankTitle'),
    meta: Template('date', 'form', 'answered', 'total'),
    closing: Template('bankId', 'version', 'form'),
    openLink: Fragment,
  }),
  fits: Strict({
    title: Text,
    chartSummary: Template('cto', 'cpo'),
    chartSummaryRole: Template('role', 'score', 'level', 'range'),
    chartNote: Text,
    levelsLabel: Text,
    columns: Strict({ role: Text, fit: Text, range: Text, level: Text, meaning: Text }),
  }),
  rangeGuide: Strict({
    title: Text,
    body: Text,
    /** One sentence per scoring rules version: what overlapping ranges mean under them. */
    margin: Strict({ 1: Text, 2: Text }),
    legend: Text,
  }),
  readingGuide: Strict({
    title: Text,
    scale: EmphasisSchema,
    weights: Text,
    caution: Text,
    levels: Strict({ caption: Text, fit: Text, level: Text, meaning: Text }),
  }),
  confidence: Strict({
    title: Text,
    exportTitle: Template('level'),
    levels: Strict({ high: FitLevelWords, medium: FitLevelWords, low: FitLevelWords }),
    basis: Template('answered', 'total', 'form'),
  }),
  archetype: Strict({
    title: Text,
    exportTitle: Template('name'),
    exportEmptyTitle: Text,
    runnerUp: Template('name'),
    adviceLabel: Text,
    empty: Text,
  }),
  archetypes: Strict({
    title: Text,
    intro: Template('count'),
    badge: Text,
    rank: Template('rank', 'name'),
    columns: Strict({ rank: Text, archetype: Text, closeness: Text, line: Text }),
  }),
  competencies: Strict({
    title: Text,
    intro: Template('count'),
    legend: Strict({ score: Text, ctoIdeal: Text, cpoIdeal: Text, bar: Text, range: Text }),
    table: Strict({ toggle: Text, caption: Text, columns: z.array(Text).length(5) }),
    rankedTitle: Text,
    answered: PluralSchema('answered', 'total'),
    why: Template('role', 'importance'),
    chartTitle: Text,
    tableTitle: Text,
    exportTitle: Text,
    exportColumns: Strict({
      competency: Text,
      score: Text,
      range: Text,
      answered: Text,
      cto: Text,
      cpo: Text,
    }),
    roleColumnsNote: Text,
    chartSummary: Strict({
      intro: Template('count'),
      none: Text,
      highest: Template('list'),
      lowest: Template('list'),
      item: Template('name', 'score'),
      itemWithRange: Template('name', 'score', 'range'),
      unmeasured: PluralSchema('count'),
      table: Text,
    }),
  }),
  focusAreas: Strict({
    title: Text,
    intro: Strict({
      lean: Strict({ before: Fragment, after: Fragment }),
      balanced: Strict({ before: Fragment, after: Fragment }),
    }),
    strengths: FocusListSchema,
    growthAreas: FocusListSchema,
    comparison: Strict({
      role: Template('score', 'importance', 'role', 'expected'),
      balanced: Template('score', 'importance', 'expected'),
    }),
    exportItem: Template('name', 'score'),
    nextSteps: Text,
  }),
  tensions: Strict({
    title: Template('count'),
    intro: Text,
    axis: Strict({ tech: Text, balanced: Text, product: Text }),
    you: Template('placement'),
    answered: PluralSchema('answered', 'total'),
    techPull: Text,
    productPull: Text,
    resolutionLabel: Text,
    practicesTitle: Text,
    chartSummary: Template('count', 'placements'),
    chartSummaryItem: Template('name', 'placement'),
    exportTitle: Text,
    exportIntro: Text,
    exportItem: Template('name', 'placement'),
    scaleEnds: Strict({ tech: Text, product: Text }),
  }),
  review: Strict({
    title: Strict({ saved: Text, other: Text }),
    intro: Template('answered', 'total', 'form'),
    change: Text,
    changeHidden: Template('group'),
    notAnswered: Text,
  }),
  shareCard: Strict({ brand: Text, nearest: Fragment, footnote: Text }),
  /** Column names of the CSV export: a format other tools read, so never translated. */
  csv: Strict({ header: z.array(Text).min(1) }),
});
export type ResultCopy = z.infer<typeof ResultCopySchema>;
