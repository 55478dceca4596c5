'use client';

import { GroupExport } from '@/app/_shared/group-export';
import { TEAM_COPY } from '@/lib/team/team-copy';
import type { TeamView } from '@/lib/team/team-view';

import styles from './team.module.css';

/** The team map as PDF or Markdown; the renderers are fetched on click. */
export function TeamExport({ view, code }: { view: TeamView; code: string }) {
  return (
    <GroupExport
      view={view}
      path="/team"
      code={code}
      words={TEAM_COPY.export}
      render={{
        pdf: async (dated, options) =>
          (await import('@/lib/export/render-team-pdf')).renderTeamPdf(dated, options),
        markdown: async (dated) =>
          (await import('@/lib/export/render-team-markdown')).renderTeamMarkdown(dated),
      }}
      classes={{ actions: styles.actions }}
    />
  );
}
