export { scoreAnswers, type ScoreOptions } from './score-answers';
export { describeFitLevel, FIT_LEVELS, type FitLevel } from './fit-level';
export type * from './profile';
