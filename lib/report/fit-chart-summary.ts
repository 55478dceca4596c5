import type { RoleId } from '@/lib/bank/schema';
import type { FitProfile } from '@/lib/scoring/profile';

import { fillTemplate } from './copy/fill-template';
import { COMMON_COPY } from './copy/common-copy';
import { RESULT_COPY } from './copy/result-copy';
import { fitLevelLabel } from './fit-levels';
import { describeRange } from './format-range';

/** The fit chart in one sentence, for people who cannot see it. */
export function summariseFitChart(fit: FitProfile['fit'], ranges: FitProfile['fitRange']): string {
  const role = (key: RoleId) =>
    fillTemplate(RESULT_COPY.fits.chartSummaryRole, {
      role: COMMON_COPY.roles[key],
      score: fit[key],
      level: fitLevelLabel(fit[key]).toLowerCase(),
      range: describeRange(ranges[key]),
    });
  return fillTemplate(RESULT_COPY.fits.chartSummary, { cto: role('cto'), cpo: role('cpo') });
}
