import { fillTemplate } from '@/lib/copy/fill-template';

import { describeFitLevel, FIT_LEVELS, fitLevelPhrase } from './fit-level';
import type { Lean, PerRole, ScoreRange, Verdict, VerdictKind } from './profile';
import type { ScoringCopy } from './copy-schema';

/** Whether the answers can carry a verdict at all (too few, or too uniform to read). */
export type VerdictEvidence = 'enough' | 'none' | 'uniform';

/**
 * The plain-language verdict for a pair of fits and the lean between them. Given the fit ranges
 * (scoring rules 2), a lean whose ranges overlap is called within the margin instead of naming a side.
 */
export function describeVerdict(
  words: ScoringCopy,
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
  const copy = words.verdict;
  const headline =
    kind === 'unclear' && evidence === 'none' ? copy.nothingToScore.headline : copy.headlines[kind];
  const summary =
    kind === 'within-margin' && ranges !== undefined
      ? summariseWithinMargin(copy, fit, lean, ranges)
      : summarise(words, kind, fit, lean, evidence);
  return { kind, headline, summary };
}

function summariseWithinMargin(
  copy: ScoringCopy['verdict'],
  fit: PerRole<number>,
  lean: Lean,
  ranges: PerRole<ScoreRange>,
) {
  return fillTemplate(copy.summaries['within-margin'], {
    cto: fit.cto,
    ctoLow: ranges.cto.low,
    ctoHigh: ranges.cto.high,
    cpo: fit.cpo,
    cpoLow: ranges.cpo.low,
    cpoHigh: ranges.cpo.high,
    role: copy.roles[lean.role === 'cpo' ? 'cpo' : 'cto'],
  });
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

function summarise(
  words: ScoringCopy,
  kind: VerdictKind,
  fit: PerRole<number>,
  lean: Lean,
  evidence: VerdictEvidence,
): string {
  const copy = words.verdict;
  const scores = fillTemplate(copy.scores, { cto: fit.cto, cpo: fit.cpo });
  switch (kind) {
    case 'unclear':
      return evidence === 'none'
        ? copy.nothingToScore.summary
        : fillTemplate(copy.summaries.unclear, { scores });
    case 'fits-neither':
    case 'fits-both':
      return fillTemplate(copy.summaries[kind], { scores });
    case 'balanced': {
      const level = fitLevelPhrase(
        words.fitLevelPhrases,
        describeFitLevel(Math.max(fit.cto, fit.cpo)),
      );
      return fillTemplate(copy.summaries.balanced, { scores, level });
    }
    default: {
      const role = lean.role === 'cpo' ? 'cpo' : 'cto';
      const other = role === 'cto' ? 'cpo' : 'cto';
      return fillTemplate(copy.summaries[kind.startsWith('clear') ? 'clear' : 'leans'], {
        scores,
        drawnTo: copy.drawnTo[role],
        role: copy.roles[role],
        other: copy.roles[other],
        level: fitLevelPhrase(words.fitLevelPhrases, describeFitLevel(fit[role])),
      });
    }
  }
}
