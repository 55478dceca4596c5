import type { TeamGridRow, TeamMemberView } from './team-view';

/** How the grid's rows can be ordered: as the bank lists them, by name, by the team's best, or by one member's scores. */
export type GridRowOrder =
  | { readonly by: 'bank' }
  | { readonly by: 'name' }
  | { readonly by: 'best' }
  | { readonly by: 'member'; readonly position: number };

/**
 * The grid's rows in the order asked for: scores highest first with "not measured" last, names
 * A to Z; equal rows keep bank order, so the same choice always gives the same grid.
 */
export function sortGridRows(rows: readonly TeamGridRow[], order: GridRowOrder): TeamGridRow[] {
  const score = (row: TeamGridRow) =>
    order.by === 'best'
      ? row.best
      : order.by === 'member'
        ? (row.cells[order.position]?.score ?? null)
        : null;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      if (order.by === 'name')
        return a.row.name.localeCompare(b.row.name, 'en') || a.index - b.index;
      if (order.by === 'bank') return a.index - b.index;
      return (score(b.row) ?? -1) - (score(a.row) ?? -1) || a.index - b.index;
    })
    .map(({ row }) => row);
}

/**
 * The members in the order of their scores on one competency, highest first with "not
 * measured" last; equal scores keep the team's order. Any unknown competency keeps the team's order.
 */
export function sortMembersBy(
  members: readonly TeamMemberView[],
  rows: readonly TeamGridRow[],
  competencyId: string,
): TeamMemberView[] {
  const row = rows.find((r) => r.id === competencyId);
  const score = (m: TeamMemberView) => row?.cells[m.position]?.score ?? -1;
  return [...members].sort((a, b) => score(b) - score(a) || a.position - b.position);
}
