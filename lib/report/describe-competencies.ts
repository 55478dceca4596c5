import type { QuestionBank } from '@/lib/bank/schema';
import type { FitProfile } from '@/lib/scoring/profile';

import { summariseCompetencyChart } from './chart-summaries';
import { fillTemplate } from './copy/fill-template';
import type { ResultWords } from './copy/report-words';
import type { ResultCopy } from './copy/schema';
import { buildCompetencyRows, rankCompetencies, type CompetencyRow } from './competency-rows';

type Words = ResultCopy['competencies'];

/** The competency section: its words, every competency in bank order and from strongest down. */
export interface CompetenciesView {
  readonly title: string;
  readonly intro: string;
  readonly legend: Words['legend'] & {
    readonly rangeBracket: string;
    /** What a row without a score says instead. */
    readonly notMeasured: string;
  };
  /** The chart in a few sentences, for people who cannot see it. */
  readonly chartSummary: string;
  /** The table beside the chart: its toggle, caption and column headings. */
  readonly table: Words['table'];
  readonly rankedTitle: string;
  /** What follows a score to say it is out of 100, e.g. " / 100". */
  readonly outOfSuffix: string;
  /** What a competency without a score says instead, as a title. */
  readonly notMeasuredTitle: string;
  /** In bank order. */
  readonly rows: readonly CompetencyRow[];
  /** Highest score first, unmeasured last. */
  readonly ranked: readonly CompetencyRow[];
  /** The exports' headings, table columns and the note below the table. */
  readonly exportWords: {
    readonly title: string;
    readonly chartTitle: string;
    readonly tableTitle: string;
    readonly columns: Words['exportColumns'];
    readonly note: string;
  };
}

/** Every competency with its score and what the section and the exports say around it. */
export function buildCompetenciesView(
  words: ResultWords,
  bank: QuestionBank,
  profile: FitProfile,
): CompetenciesView {
  const { common } = words;
  const WORDS = words.result.competencies;
  const rows = buildCompetencyRows(words, bank, profile);
  return {
    title: WORDS.title,
    intro: fillTemplate(WORDS.intro, { count: rows.length }),
    legend: {
      ...WORDS.legend,
      rangeBracket: words.result.rangeGuide.legend,
      notMeasured: common.notMeasured.cell,
    },
    chartSummary: summariseCompetencyChart(words, rows),
    table: WORDS.table,
    rankedTitle: WORDS.rankedTitle,
    outOfSuffix: common.scale.outOfSuffix,
    notMeasuredTitle: common.notMeasured.title,
    rows,
    ranked: rankCompetencies(rows),
    exportWords: {
      title: WORDS.exportTitle,
      chartTitle: WORDS.chartTitle,
      tableTitle: WORDS.tableTitle,
      columns: WORDS.exportColumns,
      note: WORDS.roleColumnsNote,
    },
  };
}
