import { fillTemplate } from './copy/fill-template';
import type { ResultCopy } from './copy/schema';

/** The words of the results page's header: a line above the title, the h1 and a lead paragraph. */
export interface ResultsHeader {
  readonly eyebrow: string;
  readonly title: string;
  readonly lead: string;
}

/** The notice over an imported result, its first words emphasised: "Showing an imported result, exported on …". */
export function describeImportedNotice(
  page: ResultCopy['page'],
  exportedAt: string,
): {
  readonly before: string;
  readonly strong: string;
  readonly after: string;
} {
  const { imported } = page;
  return { ...imported, after: fillTemplate(imported.after, { date: exportedAt }) };
}
