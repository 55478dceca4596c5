import type { QuestionBank } from '@/lib/bank/schema';
import { fillPlural, fillTemplate } from '@/lib/report/copy/fill-template';
import { idealScore } from '@/lib/report/competency-rows';
import { describeFitLevels } from '@/lib/report/fit-levels';
import { describeFitLevel } from '@/lib/scoring/fit-level';
import type { FitProfile } from '@/lib/scoring/profile';

import { coverCompetencies } from './cover-competencies';
import { joinList as joinItems } from './join-list';
import type { TeamView } from './team-view';
import type { TeamSectionWords } from './team-words';

/** The team grid: every member's score on every competency of the bank, and what the team covers. */
export function describeTeamGrid(
  words: TeamSectionWords,
  bank: QuestionBank,
  profiles: readonly FitProfile[],
  names: readonly string[],
): TeamView['grid'] {
  const { common } = words;
  const copy = words.team.grid;
  const joinList = (items: readonly string[]) => joinItems(words.team.lists, items);
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
        text: score === null ? common.notMeasured.cell : String(score),
        level: score === null ? null : describeFitLevel(score),
      })),
      ideal: {
        cto: idealScore(competency.importance.cto),
        cpo: idealScore(competency.importance.cpo),
      },
      best,
      bestText: best === null ? common.notMeasured.cell : String(best),
      strong,
      strongText: fillTemplate(copy.strongCount, { count: strong, total: profiles.length }),
      coverage,
      coverageLabel: copy.coverage[coverage].label,
      note: copy.coverage[coverage].note,
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
      ? copy.summary.noGaps
      : fillPlural(copy.summary.gaps, gaps.length, listOf(gaps)),
    ...(pileUps.length === 0
      ? []
      : [fillPlural(copy.summary.pileUps, pileUps.length, listOf(pileUps))]),
  ].join(' ');
  const role = (id: 'cto' | 'cpo') => fillTemplate(copy.columns.ideal, { role: common.roles[id] });
  return {
    heading: copy.heading,
    intro: copy.intro,
    caption: fillTemplate(copy.caption, { names: joinList(names) }),
    columns: {
      competency: copy.columns.competency,
      ideal: { cto: role('cto'), cpo: role('cpo') },
      best: copy.columns.best,
      strong: copy.columns.strong,
      coverage: copy.columns.coverage,
    },
    legend: describeFitLevels(common).map(({ level, label, range }) => ({
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
