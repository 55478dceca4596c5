'use client';

import { useRef, useState, type FormEvent } from 'react';

import { checkResultLink, type ResultLinkRules } from '@/app/_shared/check-result-link';
import { useLocale } from '@/app/_shared/locale-context';
import { ErrorSummary } from '@/app/_shared/error-summary';
import { useWords } from '@/app/_shared/page-words';
import { Button } from '@/app/_shared/ui';
import ui from '@/app/_shared/ui/ui.module.css';
import type { QuestionBank } from '@/lib/bank/schema';
import { encodeTeamCode, isTeamCode } from '@/lib/codecs/team-code';
import { fillTemplate, fillPlural } from '@/lib/report/copy/fill-template';
import { describeTeamSize, type TeamFormRow } from '@/lib/team/team-form';
import { MAX_TEAM_SIZE } from '@/lib/team/team-size';

import { memberLinkId, MemberFields, type RowMove } from './member-fields';
import styles from './team.module.css';
import { TeamSources } from './team-sources';

interface Props {
  bank: QuestionBank;
  start: readonly TeamFormRow[];
  /** Called with the team code once every member's link is readable. */
  onMap: (code: string) => void;
}

interface Row extends TeamFormRow {
  readonly id: number;
  readonly error: string | null;
}

const ADD_ID = 'team-add';

/**
 * The members' result links and optional names, 3 to 12 of them, in the order the map shows
 * them. Each link is checked on submit; problems appear beside their field and in a summary at
 * the top, and every good link is kept.
 */
export function TeamForm({ bank, start, onMap }: Props) {
  const WORDS = useWords('team').form;
  const locale = useLocale();
  const linkRules: ResultLinkRules = {
    missing: WORDS.missing,
    wholeGroup: WORDS.wholeTeam,
    isGroupCode: isTeamCode,
  };
  const decoders = useWords('decoders');
  const nextId = useRef(start.length);
  const [rows, setRows] = useState<readonly Row[]>(() =>
    start.map((row, id) => ({ ...row, id, error: null })),
  );
  const [withNames, setWithNames] = useState(true);
  const [sizeError, setSizeError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const summaryRef = useRef<HTMLDivElement>(null);
  const links = useRef(new Map<number, HTMLTextAreaElement>());
  const full = rows.length >= MAX_TEAM_SIZE && rows.every((r) => r.link.trim() !== '');

  const focusLater = (find: () => HTMLElement | null | undefined) =>
    requestAnimationFrame(() => find()?.focus());

  const change = (id: number, patch: Partial<TeamFormRow>) =>
    setRows((all) => all.map((r) => (r.id === id ? { ...r, ...patch } : r)));

  const addRow = (link = '') => {
    const empty = rows.findIndex((r) => r.link.trim() === '');
    if (link !== '' && empty >= 0) {
      const id = rows[empty]?.id ?? 0;
      setRows(rows.map((r) => (r.id === id ? { ...r, link, error: null } : r)));
      setStatus(fillTemplate(WORDS.added, { number: empty + 1 }));
      return;
    }
    if (rows.length >= MAX_TEAM_SIZE) return;
    const id = nextId.current++;
    setRows([...rows, { id, link, name: '', error: null }]);
    setStatus(link === '' ? '' : fillTemplate(WORDS.added, { number: rows.length + 1 }));
    if (link === '') focusLater(() => document.getElementById(`member-name-${id}`));
  };

  const move = (id: number, how: RowMove) => {
    const at = rows.findIndex((r) => r.id === id);
    const row = rows[at];
    if (!row) return;
    if (how === 'remove') {
      const rest = rows.filter((r) => r.id !== id);
      setRows(rest);
      const next = rest[at] ?? rest[at - 1];
      focusLater(() => (next ? links.current.get(next.id) : document.getElementById(ADD_ID)));
      return;
    }
    const to = how === 'up' ? at - 1 : at + 1;
    const other = rows[to];
    if (!other) return;
    const swapped = rows.map((r, i) => (i === at ? other : i === to ? row : r));
    setRows(swapped);
    // The pressed button is gone at the first or last place: then focus goes to the other one.
    focusLater(() => {
      const row = document.querySelector(`[data-row="${id}"]`);
      const other = how === 'up' ? 'down' : 'up';
      return (
        row?.querySelector<HTMLElement>(`[data-move="${how}"]`) ??
        row?.querySelector<HTMLElement>(`[data-move="${other}"]`)
      );
    });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = await Promise.all(
      rows.map((r) => checkResultLink(bank, r.link, linkRules, decoders, locale)),
    );
    const next = rows.map((r, i) => {
      const c = checked[i];
      return { ...r, error: c && 'error' in c ? c.error : null };
    });
    const size = describeTeamSize(WORDS, rows.length);
    setRows(next);
    setSizeError(size);
    const codes = checked.flatMap((c) => (c && 'code' in c ? [c.code] : []));
    if (size === null && codes.length === rows.length) {
      onMap(
        encodeTeamCode(
          rows.map((r, i) => ({ code: codes[i] ?? '', name: withNames ? r.name : '' })),
        ),
      );
      return;
    }
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  const problems = [
    ...(sizeError ? [{ id: ADD_ID, text: sizeError }] : []),
    ...rows.flatMap((r, i) =>
      r.error
        ? [
            {
              id: memberLinkId(r.id),
              text: fillTemplate(WORDS.problem, {
                member: r.name.trim() || fillTemplate(WORDS.member, { number: i + 1 }),
                error: r.error,
              }),
            },
          ]
        : [],
    ),
  ];

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <ErrorSummary
        ref={summaryRef}
        title={fillPlural(WORDS.summary, problems.length, { count: problems.length })}
        items={problems}
        onSelect={(id) => document.getElementById(id)?.focus()}
      />
      <h2>{WORDS.heading}</h2>
      <TeamSources bank={bank} full={full} onAdd={(link) => addRow(link)} onProblem={setStatus} />
      <p role="status" className={ui.muted}>
        {status}
      </p>
      <ol className={styles.members}>
        {rows.map((r, i) => (
          <MemberFields
            key={r.id}
            id={r.id}
            index={i}
            count={rows.length}
            link={r.link}
            name={r.name}
            error={r.error}
            onChange={(patch) => change(r.id, patch)}
            onMove={(how) => move(r.id, how)}
            linkRef={(node) => {
              if (node) links.current.set(r.id, node);
              else links.current.delete(r.id);
            }}
          />
        ))}
      </ol>
      <p className={styles.actions}>
        <Button
          id={ADD_ID}
          variant="secondary"
          disabled={rows.length >= MAX_TEAM_SIZE}
          onClick={() => addRow()}
        >
          {WORDS.add}
        </Button>
      </p>
      <p>
        <input
          id="team-with-names"
          type="checkbox"
          checked={withNames}
          aria-describedby="team-with-names-hint"
          onChange={(event) => setWithNames(event.currentTarget.checked)}
        />
        <label htmlFor="team-with-names">{WORDS.includeNames}</label>
      </p>
      <p id="team-with-names-hint" className={ui.muted}>
        {WORDS.includeNamesHint}
      </p>
      <p className={styles.actions}>
        <Button type="submit">{WORDS.submit}</Button>
      </p>
      <p className={ui.muted}>{WORDS.privacy}</p>
    </form>
  );
}
