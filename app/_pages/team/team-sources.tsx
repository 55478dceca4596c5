'use client';

import { useEffect, useId, useState } from 'react';

import { useLocale, useSiteUrl } from '@/app/_shared/locale-context';
import { useWords } from '@/app/_shared/page-words';
import { readHistoryItems } from '@/app/_shared/history-storage';
import { loadBanksFor } from '@/app/_shared/load-banks-for';
import { RESULT_KEY } from '@/app/_shared/progress-storage';
import { Button } from '@/app/_shared/ui';
import { useInitialStoredItem } from '@/app/_shared/use-initial-stored-item';
import type { QuestionBank } from '@/lib/bank/schema';
import type { DecoderCopy } from '@/lib/codecs/decoder-copy-schema';
import { SOURCE_LOCALE, type Locale } from '@/lib/i18n/locales';
import { fillTemplate } from '@/lib/report/copy/fill-template';
import { describeKeptResult } from '@/lib/team/describe-kept-result';
import type { TeamSectionWords, TeamWords } from '@/lib/team/team-words';

import styles from './team.module.css';
import { useTeamWords } from './use-team-words';

interface Props {
  bank: QuestionBank;
  /** True when the team has as many members as a map holds. */
  full: boolean;
  /** Adds a member with this result link. */
  onAdd: (link: string) => void;
  /** Says why a result could not be added. */
  onProblem: (text: string) => void;
}

/** A result kept in this browser, as the picker offers it. */
interface Kept {
  readonly id: string;
  readonly label: string;
  readonly code: string;
}

/**
 * Members from this browser: the last result finished here ("me"), and any result of the
 * history. The decoders and the engine are fetched only when there is something stored.
 */
export function TeamSources({ bank, full, onAdd, onProblem }: Props) {
  const id = useId();
  const saved = useInitialStoredItem(RESULT_KEY);
  const words = useTeamWords();
  const WORDS = words.team.form;
  const locale = useLocale();
  const decoders = useWords('decoders');
  const savedWords = { ...words, decoders };
  const [kept, setKept] = useState<readonly Kept[]>([]);
  const [chosen, setChosen] = useState('');

  useEffect(() => {
    let active = true;
    void readKept(bank, words, decoders, locale).then((found) => {
      if (!active) return;
      setKept(found);
      setChosen(found[0]?.id ?? '');
    });
    return () => {
      active = false;
    };
  }, [bank, words, decoders, locale]);

  const siteUrl = useSiteUrl();
  const link = (code: string) => siteUrl(`/results#${code}`);

  const addLastResult = async () => {
    if (!saved) return;
    const [read, { encodeShareCode }] = await Promise.all([
      import('@/app/_shared/read-saved-result').then((m) =>
        m.readSavedResult(saved, bank, savedWords, locale),
      ),
      import('@/lib/codecs/share-code'),
    ]);
    if (read.status === 'unavailable') return onProblem(read.detail);
    const { decoding } = read;
    if (decoding.status !== 'restored') {
      const detail = 'detail' in decoding ? decoding.detail : WORDS.otherVersion;
      return onProblem(fillTemplate(WORDS.lastUnreadable, { detail }));
    }
    const { form, answers } = decoding.progress;
    onAdd(link(encodeShareCode(read.bank, { form, answers })));
  };

  const pick = kept.find((k) => k.id === chosen);
  return (
    <div className={styles.actions}>
      {saved && (
        <Button variant="secondary" disabled={full} onClick={() => void addLastResult()}>
          {WORDS.useLastResult}
        </Button>
      )}
      {kept.length > 0 && (
        <fieldset>
          <legend>{WORDS.fromHistory}</legend>
          <label htmlFor={`${id}-kept`}>{WORDS.historyLabel}</label>
          <select
            id={`${id}-kept`}
            value={chosen}
            onChange={(event) => setChosen(event.currentTarget.value)}
          >
            {kept.map((k) => (
              <option key={k.id} value={k.id}>
                {k.label}
              </option>
            ))}
          </select>
          <Button
            variant="secondary"
            disabled={full || !pick}
            onClick={() => pick && onAdd(link(pick.code))}
          >
            {WORDS.historyAdd}
          </Button>
        </fieldset>
      )}
    </div>
  );
}

/** Every scored result of this browser's history, newest first, with its share code. */
async function readKept(
  bank: QuestionBank,
  words: TeamSectionWords & Pick<TeamWords, 'scoring'>,
  decoders: DecoderCopy,
  locale: Locale,
): Promise<Kept[]> {
  const items = readHistoryItems();
  if (items.length === 0) return [];
  const [{ readStoredHistory }, { buildHistoryRows }, { historyVersions }] = await Promise.all([
    import('@/lib/history/read-stored-history'),
    import('@/lib/history/build-history-rows'),
    import('@/lib/history/history-versions'),
  ]);
  const first = readStoredHistory(items, bank, decoders);
  const banks = await loadBanksFor(bank, historyVersions(first.entries), locale);
  const { entries } = readStoredHistory(items, banks, decoders);
  // English keeps the reader's own date format, as it always has; another language uses its own.
  const when = new Intl.DateTimeFormat(locale === SOURCE_LOCALE ? undefined : locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return buildHistoryRows({ scoring: words.scoring }, banks, entries).flatMap((row) =>
    row.kind === 'scored'
      ? [
          {
            id: row.id,
            code: row.shareCode,
            label: describeKeptResult(words, row, when.format(new Date(row.finishedAt))),
          },
        ]
      : [],
  );
}
