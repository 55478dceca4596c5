/** Problems shown at most, so that each error stays one readable line. */
const SHOWN_PROBLEMS = 5;

/** All problems on one line, so that scripts can read the first line of stderr. */
export function summariseProblems(problems: readonly string[]): string {
  const shown = problems.slice(0, SHOWN_PROBLEMS).join('; ');
  const more = problems.length - SHOWN_PROBLEMS;
  return more > 0 ? `${shown}; and ${more} more` : shown;
}
