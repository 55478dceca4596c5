'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

import { loadBanksFor } from '@/app/_shared/load-banks-for';
import { useLocale } from '@/app/_shared/locale-context';
import { useWords } from '@/app/_shared/page-words';
import { SiteLink } from '@/app/_shared/site-link';
import { Button, Card, LinkButton, Notice } from '@/app/_shared/ui';
import ui from '@/app/_shared/ui/ui.module.css';
import type { QuestionBank } from '@/lib/bank/schema';
import type { HistoryRow } from '@/lib/history/build-history-rows';
import { describeDeletedAll } from '@/lib/history/describe-deletion';
import { trendPoints } from '@/lib/history/describe-trend';
import { describeDeletedEntry, describeListTitle } from '@/lib/history/history-page-words';
import type { StoredHistory } from '@/lib/history/read-stored-history';

import { writeItem } from '@/app/_shared/progress-storage';
import { DeleteAllDialog } from './delete-all-dialog';
import { ExportHistory } from './export-history';
import { useHistoryDates } from './format-date';
import { HistoryList } from './history-list';
import {
  carryOverEarlierResult,
  deleteAllHistory,
  deleteHistoryEntry,
  HISTORY_PREFIX,
  readHistoryItems,
} from '@/app/_shared/history-storage';
import styles from './history.module.css';
import { ImportHistory } from './import-history';
import { TrendSection } from './trend-section';
import { UnreadableEntries } from './unreadable-entries';
import { useHistoryWords } from './use-history-words';

/** What is stored, decoded, with each readable entry scored for the list. */
interface Loaded extends StoredHistory {
  readonly rows: readonly HistoryRow[];
}

const NOTHING: Loaded = { entries: [], unreadable: [], rows: [] };

/** What the last action did, shown (and announced) above the list. */
type Notice =
  | {
      readonly kind: 'deleted';
      readonly key: string;
      readonly text: string;
      readonly label: string;
    }
  | { readonly kind: 'message'; readonly text: string };

/**
 * The history kept in this browser: the chart, the list, import and export. Entries are decoded
 * by a module fetched only when there are entries, so an empty history never loads zod.
 */
export function HistoryView({ bank }: { bank: QuestionBank }) {
  const locale = useLocale();
  const words = useHistoryWords();
  const dates = useHistoryDates();
  const decoders = useWords('decoders');
  const WORDS = words.history.page;
  const [history, setHistory] = useState<Loaded | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const loads = useRef(0);

  const load = useCallback(async () => {
    const serial = ++loads.current;
    const items = readHistoryItems();
    let next = NOTHING;
    if (items.length > 0) {
      // The decoder (zod) and the engine are fetched only when there is something to show.
      const [{ readStoredHistory }, { buildHistoryRows }, { historyVersions }] = await Promise.all([
        import('@/lib/history/read-stored-history'),
        import('@/lib/history/build-history-rows'),
        import('@/lib/history/history-versions'),
      ]);
      // Entries of an earlier version are read again, and scored, with their own bank.
      const first = readStoredHistory(items, bank, decoders);
      const versions = historyVersions(first.entries);
      const banks = versions.some((v) => v !== bank.version)
        ? await loadBanksFor(bank, versions, locale)
        : bank;
      const stored = banks === bank ? first : readStoredHistory(items, banks, decoders);
      next = { ...stored, rows: buildHistoryRows(words, banks, stored.entries, dates.day) };
    }
    if (serial === loads.current) setHistory(next);
  }, [bank, words, decoders, dates, locale]);

  useEffect(() => {
    carryOverEarlierResult();
    void load();
    // Another tab may finish a quiz or delete entries meanwhile.
    const onStorage = (event: StorageEvent) => {
      if (event.key === null || event.key.startsWith(HISTORY_PREFIX)) void load();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [load]);

  const rows = history?.rows ?? NOTHING.rows;
  const points = useMemo(() => trendPoints(rows), [rows]);

  const announce = (next: Notice) => {
    setNotice(next);
    void load();
    requestAnimationFrame(() => noticeRef.current?.focus());
  };

  const deleteEntry = (id: string, finishedAt: string) => {
    const deleted = deleteHistoryEntry(id);
    announce(
      deleted
        ? { kind: 'deleted', ...deleted, label: dates.finishedAt(finishedAt) }
        : { kind: 'message', text: WORDS.notices.notDeleted },
    );
  };

  const undoDelete = (key: string, text: string) => {
    announce({
      kind: 'message',
      text: writeItem(key, text) ? WORDS.notices.restored : WORDS.notices.notRestored,
    });
  };

  const deleteAll = () => {
    const { count, left } = deleteAllHistory();
    announce({ kind: 'message', text: describeDeletedAll(words, count, left) });
  };

  if (!history) {
    return (
      <div className={styles.view}>
        <p className={ui.muted} role="status">
          {WORDS.looking}
        </p>
      </div>
    );
  }

  const empty = history.entries.length === 0 && history.unreadable.length === 0;
  return (
    <div className={styles.view}>
      <div ref={noticeRef} tabIndex={-1} role="status" className={styles.noticeArea}>
        {notice && (
          <Notice className={`cluster ${styles.notice}`}>
            {notice.kind === 'deleted' ? (
              <>
                <p>{describeDeletedEntry(words, notice.label)}</p>
                <Button
                  variant="secondary"
                  className={styles.small}
                  onClick={() => undoDelete(notice.key, notice.text)}
                >
                  {WORDS.notices.undo}
                </Button>
              </>
            ) : (
              <p>{notice.text}</p>
            )}
          </Notice>
        )}
      </div>

      {empty ? (
        <Card as="section" className={styles.empty} aria-labelledby="empty-title">
          <h2 id="empty-title">{WORDS.empty.title}</h2>
          <p>{WORDS.empty.body}</p>
          <p>
            <LinkButton href="/quiz">{WORDS.empty.action}</LinkButton>
          </p>
        </Card>
      ) : (
        <>
          {points.length >= 2 && <TrendSection points={points} />}
          {rows.length > 0 && (
            <section className={styles.section} aria-labelledby="list-title">
              <div className={`cluster ${styles.sectionHead}`}>
                <h2 id="list-title">{describeListTitle(words, rows.length)}</h2>
                <DeleteAllDialog
                  count={rows.length + history.unreadable.length}
                  onConfirm={deleteAll}
                />
              </div>
              {points.length < 2 && <p className={styles.small}>{WORDS.list.chartLater}</p>}
              <HistoryList rows={rows} onDelete={deleteEntry} />
              <p className={`${styles.small} ${styles.wayOn}`}>
                {WORDS.list.team.before}
                <SiteLink href="/team">{WORDS.list.team.link}</SiteLink>
              </p>
            </section>
          )}
          <UnreadableEntries
            entries={history.unreadable}
            prefix={HISTORY_PREFIX}
            onRemoved={(text) => announce({ kind: 'message', text })}
          />
        </>
      )}

      <section className={styles.section} aria-labelledby="move-title">
        {history.entries.length > 0 ? (
          <>
            <h2 id="move-title">{WORDS.move.title}</h2>
            <p>{WORDS.move.body}</p>
          </>
        ) : (
          <>
            <h2 id="move-title">{WORDS.move.bringTitle}</h2>
            <p>{WORDS.move.bringBody}</p>
          </>
        )}
        {history.entries.length > 0 && (
          <ExportHistory entries={history.entries} unreadable={history.unreadable.length} />
        )}
        <ImportHistory bank={bank} existing={history.entries} onImported={() => void load()} />
      </section>
    </div>
  );
}
