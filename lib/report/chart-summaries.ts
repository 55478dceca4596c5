import type { CompetencyRow } from './competency-rows';
import type { TensionRow } from './describe-tensions';
import { describeRange } from './format-range';

// The fit chart's summary has a module of its own: the headline needs it in the page's first
// script, and the other summaries need not come with it.
export { summariseFitChart } from './fit-chart-summary';

/** The competency chart in a few sentences: highest, lowest, and what was not measured. */
export function summariseCompetencyChart(rows: readonly CompetencyRow[]): string {
  const measured = rows.filter((r): r is CompetencyRow & { score: number } => r.score !== null);
  const intro = `Bar chart of your score on each of ${rows.length} competencies, each bar with the range it probably lies in, and markers for where the CTO and the CPO role would ideally be.`;
  if (measured.length === 0) return `${intro} No competency was measured.`;
  const sorted = [...measured].sort((a, b) => b.score - a.score);
  const describe = (r: CompetencyRow & { score: number }) =>
    r.range ? `${r.name} ${r.score} (${describeRange(r.range)})` : `${r.name} ${r.score}`;
  const top = sorted.slice(0, 3).map(describe);
  const bottom = sorted
    .slice(-3)
    .reverse()
    .filter((r) => !sorted.slice(0, 3).includes(r))
    .map(describe);
  const unmeasured = rows.length - measured.length;
  return [
    intro,
    `Highest: ${top.join(', ')}.`,
    bottom.length > 0 ? `Lowest: ${bottom.join(', ')}.` : '',
    unmeasured > 0
      ? `${unmeasured} ${unmeasured === 1 ? 'competency was' : 'competencies were'} not measured.`
      : '',
    'The table below the chart lists every value and range.',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The tension chart in a sentence per tension. */
export function summariseTensionChart(rows: readonly TensionRow[]): string {
  const placements = rows.map((r) => `${r.name}: ${r.placement.toLowerCase()}`);
  return `Diverging bar chart of where you sit on ${rows.length} tensions, from technology-first (−100) to product-first (+100). ${placements.join('; ')}.`;
}
