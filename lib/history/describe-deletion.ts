/** The question asked before the whole history is deleted, for `count` stored results. */
export function describeDeleteAll(count: number): string {
  const which = count === 1 ? 'the one result' : `all ${count} results`;
  return `This removes ${which} kept in this browser, for good. Export your history first if you may want it back. The results page still shows your last finished quiz.`;
}

/** What deleting the whole history did: `left` of the `count` results could not be deleted. */
export function describeDeletedAll(count: number, left: number): string {
  if (left > 0) return `${left} of ${count} results could not be deleted from this browser.`;
  return `Deleted ${count === 1 ? 'the only result' : `all ${count} results`} from this browser.`;
}
