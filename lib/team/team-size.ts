/** The fewest people a team map reads: with two, the comparison of a pair says more. */
export const MIN_TEAM_SIZE = 3;

/** The most people a team map reads: a leadership team, or a workshop group, on one page. */
export const MAX_TEAM_SIZE = 12;
