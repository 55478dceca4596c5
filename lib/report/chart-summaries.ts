import { fillPlural, fillTemplate } from './copy/fill-template';
import type { ResultWords } from './copy/report-words';
import type { CompetencyRow } from './competency-rows';
import { describeRange } from './format-range';

// The fit chart's summary has a module of its own: the headline needs it in the page's first
// script, and the other summaries need not come with it.
export { summariseFitChart } from './fit-chart-summary';
export { summariseTensionChart } from './describe-tensions';

/**
 * The competency chart in a few sentences: highest, lowest, and what was not measured. The
 * measured competencies are split in two, so that no score is named among the highest while a
 * higher one is left out of it, nor among the lowest while a lower one is.
 */
export function summariseCompetencyChart(
  { common, result }: ResultWords,
  rows: readonly CompetencyRow[],
): string {
  const WORDS = result.competencies.chartSummary;
  const measured = rows.filter((r): r is CompetencyRow & { score: number } => r.score !== null);
  const intro = fillTemplate(WORDS.intro, { count: rows.length });
  if (measured.length === 0) return `${intro} ${WORDS.none}`;
  const sorted = [...measured].sort((a, b) => b.score - a.score);
  const describe = (r: CompetencyRow & { score: number }) =>
    r.range
      ? fillTemplate(WORDS.itemWithRange, {
          name: r.name,
          score: r.score,
          range: describeRange(common, r.range),
        })
      : fillTemplate(WORDS.item, { name: r.name, score: r.score });
  const topCount = Math.min(3, Math.ceil(sorted.length / 2));
  const bottomCount = Math.min(3, sorted.length - topCount);
  const top = sorted.slice(0, topCount).map(describe);
  const bottom = sorted
    .slice(sorted.length - bottomCount)
    .reverse()
    .map(describe);
  const unmeasured = rows.length - measured.length;
  return [
    intro,
    fillTemplate(WORDS.highest, { list: top.join(', ') }),
    bottom.length > 0 ? fillTemplate(WORDS.lowest, { list: bottom.join(', ') }) : '',
    unmeasured > 0 ? fillPlural(WORDS.unmeasured, unmeasured, { count: unmeasured }) : '',
    WORDS.table,
  ]
    .filter(Boolean)
    .join(' ');
}
