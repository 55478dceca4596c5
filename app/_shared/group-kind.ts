import type { ComparisonView } from '@/lib/compare/comparison-view';
import type { PdfOptions } from '@/lib/export/render-pdf';
import type { TeamView } from '@/lib/team/team-view';

/** A page that reads several people's results from its fragment: its path is `/<kind>`. */
export type GroupKind = 'compare' | 'team';

/** The view model each group page lays out and exports. */
export interface GroupViews {
  readonly compare: ComparisonView;
  readonly team: TeamView;
}

/** A view model as exported: dated, and carrying the link that opens it again. */
export type Dated<V> = V & { date: string; shareUrl: string };

/** A page's renderers, each fetched on click so that none of them (nor jsPDF) is in its first script. */
export interface GroupRenderers<V> {
  readonly pdf: (dated: Dated<V>, options: PdfOptions) => Promise<Uint8Array>;
  readonly markdown: (dated: Dated<V>) => Promise<string>;
}

/** Each group page's renderers. */
export const GROUP_RENDERERS: { readonly [K in GroupKind]: GroupRenderers<GroupViews[K]> } = {
  compare: {
    pdf: async (dated, options) =>
      (await import('@/lib/export/render-compare-pdf')).renderComparePdf(dated, options),
    markdown: async (dated) =>
      (await import('@/lib/export/render-compare-markdown')).renderCompareMarkdown(dated),
  },
  team: {
    pdf: async (dated, options) =>
      (await import('@/lib/export/render-team-pdf')).renderTeamPdf(dated, options),
    markdown: async (dated) =>
      (await import('@/lib/export/render-team-markdown')).renderTeamMarkdown(dated),
  },
};

/** The path of the group page that opens `code`: give it to `useSiteUrl()` for a whole link. */
export function groupPath(kind: GroupKind, code: string): string {
  return `/${kind}#${code}`;
}
