export {
  buildPairingReport,
  LITTLE_KNOWN_AT,
  MANY_CLASHES_AT,
  type CompetencyPairing,
  type PairingReport,
  type PairInput,
  type PairPerson,
  type TensionPairingResult,
} from './build-pairing-report';
export {
  classifyTension,
  FAR_APART_DISTANCE,
  SIDE_THRESHOLD,
  type PairingKind,
  type TensionClassification,
  type TensionSituation,
} from './classify-tension';
export {
  compareCompetency,
  COVER_MARGIN,
  GAP_SCORE,
  STRONG_SCORE,
  type Coverage,
} from './compare-competencies';
export type { OverallReading, PairingContent, RoleSplitKind, Situation } from './schema';
export { pairingKindLabels } from './kind-labels';
export type { CompareWords, PairingWords } from './compare-words';
export { splitRoles, type RoleSplitFinding, type SeatSuggestion } from './split-roles';
