'use client';

import { GroupExport } from '@/app/_shared/group-export';
import { COMPARE_COPY } from '@/lib/compare/compare-copy';
import type { ComparisonView } from '@/lib/compare/comparison-view';

import ui from '@/app/_shared/ui/ui.module.css';

import styles from './compare.module.css';

/** The comparison as PDF or Markdown; the renderers are fetched on click. */
export function CompareExport({ view, code }: { view: ComparisonView; code: string }) {
  return (
    <GroupExport
      view={view}
      path="/compare"
      code={code}
      words={COMPARE_COPY.export}
      render={{
        pdf: async (dated, options) =>
          (await import('@/lib/export/render-compare-pdf')).renderComparePdf(dated, options),
        markdown: async (dated) =>
          (await import('@/lib/export/render-compare-markdown')).renderCompareMarkdown(dated),
      }}
      classes={{
        section: styles.exportPanel,
        actions: `${ui.actions} ${styles.actions}`,
        pageSize: ui.pageSize,
        status: styles.status,
      }}
    />
  );
}
