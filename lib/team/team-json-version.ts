/** Raised whenever the layout of the team JSON changes. */
export const TEAM_JSON_VERSION = 1;
