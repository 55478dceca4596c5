'use client';

import { useMemo } from 'react';

import { useSiteUrl } from '@/app/_shared/locale-context';
import { useWords } from '@/app/_shared/page-words';
import { Button, LinkButton, Notice } from '@/app/_shared/ui';
import ui from '@/app/_shared/ui/ui.module.css';
import { useGroupLink } from '@/app/_shared/use-group-link';
import type { QuestionBank } from '@/lib/bank/schema';
import { decodeTeamCode, readTeamCodeVersions, type TeamDecoding } from '@/lib/codecs/team-code';
import type { PairingContent } from '@/lib/compare';
import { buildTeamView } from '@/lib/team/build-team-view';
import {
  describeTeamSize,
  EMPTY_TEAM_START,
  startFromTeam,
  startFromTeamCode,
  type TeamFormRow,
} from '@/lib/team/team-form';
import { MAX_TEAM_SIZE, MIN_TEAM_SIZE } from '@/lib/team/team-size';

import { TeamForm } from './team-form';
import { TeamMap } from './team-map';
import styles from './team.module.css';
import { useTeamWords } from './use-team-words';

interface Props {
  bank: QuestionBank;
  content: PairingContent;
}

interface Header {
  readonly eyebrow: string;
  readonly title: string;
  readonly lead: string;
}

/**
 * `/team#<team code>` shows the map of a team; without a fragment, or when the person chooses to
 * change the team, a form takes the members' result links. Everything is worked out here, in the
 * browser, from the link alone.
 */
export function TeamView({ bank, content }: Props) {
  const words = useTeamWords();
  const siteUrl = useSiteUrl();
  const { team } = words;
  const { headers } = team;
  const { hash, loading, decoded, editing, setEditing, startsWithOneResult, open } = useGroupLink<
    TeamDecoding<QuestionBank>,
    readonly TeamFormRow[]
  >(bank, readTeamCodeVersions, decodeTeamCode);
  const members =
    decoded?.ok &&
    decoded.members.length >= MIN_TEAM_SIZE &&
    decoded.members.length <= MAX_TEAM_SIZE
      ? decoded.members
      : null;
  const view = useMemo(
    () => (members ? buildTeamView(words, bank, content, members) : null),
    [members, bank, content, words],
  );

  if (hash === undefined || loading) {
    return (
      <Page header={headers.loading}>
        <p role="status">{team.reading}</p>
      </Page>
    );
  }

  if (editing || !decoded || startsWithOneResult) {
    const start =
      editing ?? (startsWithOneResult ? startFromTeamCode(hash, true) : EMPTY_TEAM_START);
    return (
      <Page header={headers.intro}>
        <TeamForm key={hash} bank={bank} start={start} onMap={open} />
      </Page>
    );
  }

  if (!decoded.ok || !view || !members) {
    const messages = decoded.ok
      ? [
          ...decoded.problems.map((p) => p.message),
          describeTeamSize(team.form, decoded.members.length) ?? '',
        ]
      : [decoded.error.message];
    return (
      <Page header={headers.problem}>
        <Notice
          tone="danger"
          role="alert"
          data-problem={decoded.ok ? 'members' : decoded.error.kind}
        >
          <ul>
            {messages.filter(Boolean).map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
          <p>{team.problem.advice}</p>
        </Notice>
        <p className={styles.actions}>
          <Button onClick={() => setEditing(startFromTeamCode(hash))}>{team.problem.retry}</Button>
          <LinkButton variant="secondary" href="/quiz">
            {team.problem.quiz}
          </LinkButton>
        </p>
      </Page>
    );
  }

  const skipped = decoded.problems.map((p) => p.message);
  return (
    // The loading header's lead stays under the map's short title, so the map takes the place of
    // the words painted before any script ran without moving the page; the names are in the table.
    <Page header={{ ...headers.loading, title: view.title }}>
      <TeamMap
        key={hash}
        view={view}
        code={hash}
        skipped={skipped}
        onEdit={() =>
          setEditing(
            skipped.length > 0
              ? startFromTeamCode(hash)
              : startFromTeam(members, siteUrl('/results')),
          )
        }
      />
    </Page>
  );
}

function Page({ header, children }: { header: Header; children: React.ReactNode }) {
  const { framing } = useWords('team');
  return (
    <div className="container">
      <p className={ui.eyebrow}>{header.eyebrow}</p>
      <h1 id="page-title">{header.title}</h1>
      <p className={ui.lead}>{header.lead}</p>
      <Notice>
        <p>{framing}</p>
      </Notice>
      {children}
    </div>
  );
}
