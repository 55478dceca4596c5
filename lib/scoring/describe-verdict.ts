import { describeFitLevel, FIT_LEVELS, fitLevelPhrase } from './fit-level';
import type { Lean, PerRole, ScoreRange, Verdict, VerdictKind } from './profile';

const ROLE_NAME = { cto: 'CTO', cpo: 'CPO' } as const;

/** Whether the answers can carry a verdict at all (too few, or too uniform to read). */
export type VerdictEvidence = 'enough' | 'none' | 'uniform';

/**
 * The plain-language verdict for a pair of fits and the lean between them. Given the fit ranges
 * (scoring rules 2), a lean whose ranges overlap is called within the margin instead of naming a side.
 */
export function describeVerdict(
  fit: PerRole<number>,
  lean: Lean,
  evidence: VerdictEvidence,
  ranges?: PerRole<ScoreRange>,
): Verdict {
  const named = classify(fit, lean, evidence);
  const kind: VerdictKind =
    ranges !== undefined && lean.withinMargin && /^(clear|leans)-/.test(named)
      ? 'within-margin'
      : named;
  const headline =
    kind === 'unclear' && evidence === 'none' ? 'Nothing to score yet' : HEADLINES[kind];
  const summary =
    kind === 'within-margin' && ranges !== undefined
      ? summariseWithinMargin(fit, lean, ranges)
      : summarise(kind, fit, lean, evidence);
  return { kind, headline, summary };
}

function summariseWithinMargin(fit: PerRole<number>, lean: Lean, ranges: PerRole<ScoreRange>) {
  const role = ROLE_NAME[lean.role === 'cpo' ? 'cpo' : 'cto'];
  return (
    `Your CTO fit is ${fit.cto} (probably between ${ranges.cto.low} and ${ranges.cto.high}) and your CPO fit is ${fit.cpo} (probably between ${ranges.cpo.low} and ${ranges.cpo.high}) out of 100. ` +
    `The two ranges overlap, so the lean towards the ${role} role is within the margin of error: your answers do not separate the two roles firmly. ` +
    'Your strengths and growth areas say more than the lean.'
  );
}

function classify(fit: PerRole<number>, lean: Lean, evidence: VerdictEvidence): VerdictKind {
  if (evidence !== 'enough') return 'unclear';
  const leading = Math.max(fit.cto, fit.cpo);
  if (leading < FIT_LEVELS.emerging) return 'fits-neither';
  if (lean.strength !== 'clear' && Math.min(fit.cto, fit.cpo) >= FIT_LEVELS.strong) {
    return 'fits-both';
  }
  if (lean.role === 'balanced') return 'balanced';
  return `${lean.strength === 'clear' ? 'clear' : 'leans'}-${lean.role}`;
}

const HEADLINES: Record<VerdictKind, string> = {
  'clear-cto': 'A clear lean towards the CTO role',
  'leans-cto': 'Leaning towards the CTO role',
  'clear-cpo': 'A clear lean towards the CPO role',
  'leans-cpo': 'Leaning towards the CPO role',
  'fits-both': 'A fit for both roles',
  balanced: 'Balanced between the two roles',
  'fits-neither': 'Neither role fits yet',
  unclear: 'Too uniform to read',
  'within-margin': 'Too close to call between the two roles',
};

function summarise(
  kind: VerdictKind,
  fit: PerRole<number>,
  lean: Lean,
  evidence: VerdictEvidence,
): string {
  const scores = `Your CTO fit is ${fit.cto} and your CPO fit is ${fit.cpo} out of 100.`;
  switch (kind) {
    case 'unclear':
      return evidence === 'none'
        ? 'You have not answered any questions yet, so there is nothing to score.'
        : `${scores} Your answers are too uniform to tell the two roles apart: almost every statement got the same answer. Answer each one on its own merits to get a result you can use.`;
    case 'fits-neither':
      return `${scores} Neither executive role matches your answers closely yet. Your growth areas show what to build first.`;
    case 'fits-both':
      return `${scores} You score well on both the technology and the product side, an unusual mix that suits hybrid roles such as a technical product leader or a founder.`;
    case 'balanced':
      return `${scores} Neither side dominates: your strengths are spread across technology and product work. For both roles that is ${fitLevelPhrase(describeFitLevel(Math.max(fit.cto, fit.cpo)))}.`;
    default: {
      const role = lean.role === 'cpo' ? 'cpo' : 'cto';
      const other = role === 'cto' ? 'cpo' : 'cto';
      const drawnTo =
        role === 'cto'
          ? 'building and running technology: systems, architecture and the engineers behind them'
          : 'customers, markets and deciding what to build next';
      const level = fitLevelPhrase(describeFitLevel(fit[role]));
      const gap = kind.startsWith('clear')
        ? `You are drawn to ${drawnTo}.`
        : `You lean to ${drawnTo}, but the ${ROLE_NAME[other]} side is not far behind.`;
      return `${scores} ${gap} For the ${ROLE_NAME[role]} role that is ${level}.`;
    }
  }
}
