import type { QuestionBank } from '@/lib/bank/schema';
import { fillPlural, fillTemplate } from '@/lib/report/copy/fill-template';
import { COMMON_COPY } from '@/lib/report/copy/common-copy';
import { idealScore } from '@/lib/report/competency-rows';
import { describeFitLevels } from '@/lib/report/fit-levels';
import { describeFitLevel } from '@/lib/scoring/fit-level';
import type { FitProfile } from '@/lib/scoring/profile';

import { coverCompetencies } from './cover-competencies';
import { joinList } from './join-list';
import { TEAM_COPY } from './team-copy';
import type { TeamView } from './team-view';

const COPY = TEAM_COPY.grid;

/** The team grid: every member's score on every competency of the bank, and what the team covers. */
export function describeTeamGrid(
  bank: QuestionBank,
  profiles: readonly FitProfile[],
  names: readonly string[],
): TeamView['grid'] {
  const scores = bank.competencies.map((competency) =>
    profiles.map((p) => p.competencies.find((c) => c.id === competency.id)?.score ?? null),
  );
  const covers = coverCompetencies(scores);
  const rows = bank.competencies.map((competency, i) => {
    const { best, strong, coverage } = covers[i]!;
    return {
      id: competency.id,
      name: competency.name,
      cells: (scores[i] ?? []).map((score) => ({
        score,
        text: score === null ? COMMON_COPY.notMeasured.cell : String(score),
        level: score === null ? null : describeFitLevel(score),
      })),
      ideal: {
        cto: idealScore(competency.importance.cto),
        cpo: idealScore(competency.importance.cpo),
      },
      best,
      bestText: best === null ? COMMON_COPY.notMeasured.cell : String(best),
      strong,
      strongText: fillTemplate(COPY.strongCount, { count: strong, total: profiles.length }),
      coverage,
      coverageLabel: COPY.coverage[coverage].label,
      note: COPY.coverage[coverage].note,
    };
  });
  const gaps = rows.filter((r) => r.coverage === 'gap');
  const pileUps = rows.filter((r) => r.coverage === 'pile-up');
  const listOf = (items: typeof rows) => ({
    count: items.length,
    list: joinList(items.map((r) => r.name)),
  });
  const summary = [
    gaps.length === 0
      ? COPY.summary.noGaps
      : fillPlural(COPY.summary.gaps, gaps.length, listOf(gaps)),
    ...(pileUps.length === 0
      ? []
      : [fillPlural(COPY.summary.pileUps, pileUps.length, listOf(pileUps))]),
  ].join(' ');
  const role = (id: 'cto' | 'cpo') =>
    fillTemplate(COPY.columns.ideal, { role: COMMON_COPY.roles[id] });
  return {
    heading: COPY.heading,
    intro: COPY.intro,
    caption: fillTemplate(COPY.caption, { names: joinList(names) }),
    columns: {
      competency: COPY.columns.competency,
      ideal: { cto: role('cto'), cpo: role('cpo') },
      best: COPY.columns.best,
      strong: COPY.columns.strong,
      coverage: COPY.columns.coverage,
    },
    legend: describeFitLevels(COMMON_COPY).map(({ level, label, range }) => ({
      level,
      label,
      range,
    })),
    rows,
    gaps: gaps.map((r) => r.id),
    pileUps: pileUps.map((r) => r.id),
    summary,
  };
}
