import type { TeamCopy } from './copy-schema';

/** Items as a sentence lists them, in the language of `lists`: "Ana", "Ana and Ben", "Ana, Ben and Chi". */
export function joinList(lists: TeamCopy['lists'], items: readonly string[]): string {
  const { comma, and } = lists;
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(comma)}${and}${items[items.length - 1]}`;
}
