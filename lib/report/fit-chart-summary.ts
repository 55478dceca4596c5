import type { FitProfile } from '@/lib/scoring/profile';

import { fitLevelLabel } from './fit-levels';
import { describeRange } from './format-range';

/** The fit chart in one sentence, for people who cannot see it. */
export function summariseFitChart(fit: FitProfile['fit'], ranges: FitProfile['fitRange']): string {
  const role = (name: 'CTO' | 'CPO', key: 'cto' | 'cpo') =>
    `${name} ${fit[key]} (${fitLevelLabel(fit[key]).toLowerCase()}, ${describeRange(ranges[key])})`;
  return `Bar chart of your fit on a 0 to 100 scale, each bar with the range it probably lies in: ${role('CTO', 'cto')}, ${role('CPO', 'cpo')}.`;
}
