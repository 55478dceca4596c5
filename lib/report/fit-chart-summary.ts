import type { RoleId } from '@/lib/bank/schema';
import type { FitProfile } from '@/lib/scoring/profile';

import { fillTemplate } from './copy/fill-template';
import type { ResultWords } from './copy/report-words';
import { fitLevelLabel } from './fit-levels';
import { describeRange } from './format-range';

/** The fit chart in one sentence, for people who cannot see it. */
export function summariseFitChart(
  { common, result }: ResultWords,
  fit: FitProfile['fit'],
  ranges: FitProfile['fitRange'],
): string {
  const role = (key: RoleId) =>
    fillTemplate(result.fits.chartSummaryRole, {
      role: common.roles[key],
      score: fit[key],
      level: fitLevelLabel(common, fit[key]).toLowerCase(),
      range: describeRange(common, ranges[key]),
    });
  return fillTemplate(result.fits.chartSummary, { cto: role('cto'), cpo: role('cpo') });
}
