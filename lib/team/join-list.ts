import { TEAM_COPY } from './team-copy';

/** Items as a sentence lists them: "Ana", "Ana and Ben", "Ana, Ben and Chi". */
export function joinList(items: readonly string[]): string {
  const { comma, and } = TEAM_COPY.lists;
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(comma)}${and}${items[items.length - 1]}`;
}
