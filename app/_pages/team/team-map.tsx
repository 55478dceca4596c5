'use client';

import { useSlices } from '@/app/_shared/use-slices';

import { GroupExport } from '@/app/_shared/group-export';
import { useWords } from '@/app/_shared/page-words';
import { LinkActions } from '@/app/_shared/link-actions';
import { Notice, Section } from '@/app/_shared/ui';
import ui from '@/app/_shared/ui/ui.module.css';
import type { TeamView } from '@/lib/team/team-view';

import { TeamGrid } from './team-grid';
import { TeamMembers } from './team-members';
import { TeamSeats } from './team-seats';
import { TeamTensions } from './team-tensions';

interface Props {
  view: TeamView;
  /** The team code the page was opened with. */
  code: string;
  /** Why some members of the link could not be read, one sentence each. */
  skipped: readonly string[];
  onEdit: () => void;
}

/** How many slices render after the headline: members and grid, seats and tensions, exports. */
const SECTIONS = 3;

/** The team map below its headline: members, grid, seats, tensions and exports. */
export function TeamMap({ view, code, skipped, onEdit }: Props) {
  const shown = useSlices(SECTIONS);
  const words = useWords('team');

  return (
    <article aria-labelledby="page-title">
      <LinkActions kind="team" code={code} words={words.actions} onEdit={onEdit} />
      {skipped.length > 0 && (
        <Notice tone="warning" data-testid="skipped">
          <p>{words.actions.skipped}</p>
          <ul>
            {skipped.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </Notice>
      )}
      {view.cautions.items.length > 0 && (
        <Notice>
          <p>{view.cautions.heading}</p>
          <ul>
            {view.cautions.items.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </Notice>
      )}
      {shown >= 1 && (
        <Section titleId="members-title" title={view.members.heading}>
          <TeamMembers members={view.members} />
        </Section>
      )}
      {shown >= 1 && <TeamGrid view={view} />}
      {shown >= 2 && <TeamSeats seats={view.seats} />}
      {shown >= 2 && <TeamTensions tensions={view.tensions} />}
      {shown >= 3 && <GroupExport kind="team" view={view} code={code} words={words.export} />}
      {shown >= 3 && <p className={ui.muted}>{view.bankNote}</p>}
    </article>
  );
}
