import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Every WCAG 2.0, 2.1 and 2.2 success criterion at levels A and AA that axe can test. */
export const wcag22AaTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export type AxeViolation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** Runs axe's WCAG 2.2 AA rules against the page as it is now. */
export async function findAxeViolations(page: Page): Promise<AxeViolation[]> {
  const results = await new AxeBuilder({ page }).withTags(wcag22AaTags).analyze();
  return results.violations;
}

const nodesShown = 5;

/** One block per broken rule: what, how bad, where (a few elements) and a link to the fix. */
export function formatViolations(violations: readonly AxeViolation[]): string {
  if (violations.length === 0) return 'no axe violations';
  const blocks = violations.map((violation) => {
    const lines = [
      `- ${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help}`,
      `  ${violation.helpUrl}`,
    ];
    for (const node of violation.nodes.slice(0, nodesShown)) {
      lines.push(`  at ${node.target.join(' ')}`);
      for (const summaryLine of (node.failureSummary ?? '').split('\n')) {
        if (summaryLine.trim() !== '') lines.push(`    ${summaryLine.trim()}`);
      }
    }
    const hidden = violation.nodes.length - nodesShown;
    if (hidden > 0) lines.push(`  and ${hidden} more element(s)`);
    return lines.join('\n');
  });
  return `${violations.length} axe violation(s) of WCAG 2.2 AA:\n${blocks.join('\n')}`;
}

/**
 * Fails, listing every broken rule, when axe finds a WCAG 2.2 AA violation; `where` names the
 * state of the page that was checked.
 */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const violations = await findAxeViolations(page);
  expect(violations, `${where}: ${formatViolations(violations)}`).toHaveLength(0);
}
