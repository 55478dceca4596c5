export {
  assignSeats,
  SEAT_FIT,
  type OpenSeat,
  type SeatAssignment,
  type SeatCandidate,
  type SeatPair,
} from './assign-seats';
export { buildTeamView, type TeamOptions, type TeamPerson } from './build-team-view';
export {
  coverCompetencies,
  TEAM_SOLID_SCORE,
  TEAM_STRONG_SCORE,
  type CompetencyCover,
  type TeamCoverage,
} from './cover-competencies';
export { memberMarks } from './member-marks';
export {
  MIN_ANSWERED,
  readTeamTension,
  type TeamTensionFinding,
  type TeamTensionReading,
  type TensionSide,
} from './read-team-tension';
export { TEAM_COPY } from './team-copy';
export { MAX_TEAM_SIZE, MIN_TEAM_SIZE } from './team-size';
export type * from './team-view';
export { buildTeamJson, renderTeamJson } from './team-json';
export type { TeamJson } from './team-json-schema';
export { TEAM_JSON_VERSION } from './team-json-version';
export { sortGridRows, sortMembersBy, type GridRowOrder } from './sort-team-grid';
export { layoutTeamLine, type TeamLine, type TeamLineMark } from './team-line';
export { describeKeptResult } from './describe-kept-result';
export type { TeamSectionWords, TeamWords } from './team-words';
export {
  describeTeamSize,
  EMPTY_TEAM_START,
  startFromTeam,
  startFromTeamCode,
  type TeamFormRow,
} from './team-form';
