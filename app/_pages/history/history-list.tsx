import { Button, Card, LinkButton, TwoColumn } from '@/app/_shared/ui';
import ui from '@/app/_shared/ui/ui.module.css';
import { SiteLink } from '@/app/_shared/site-link';
import type { HistoryRow } from '@/lib/history/build-history-rows';
import { describeHistoryEntry, type EntryDateFormats } from '@/lib/history/describe-history-entry';
import { fitNames } from '@/lib/history/history-page-words';

import { useHistoryDates } from './format-date';
import styles from './history.module.css';
import { useHistoryWords } from './use-history-words';

interface Props {
  rows: readonly HistoryRow[];
  onDelete: (id: string, finishedAt: string) => void;
}

/** Every result, newest first: its date, form, both fits and verdict, and what can be done with it. */
export function HistoryList({ rows, onDelete }: Props) {
  const pageWords = useHistoryWords();
  const { day, finishedAt } = useHistoryDates();
  const dates: EntryDateFormats = { day, dayAndTime: finishedAt };
  const names = fitNames(pageWords);
  return (
    <TwoColumn as="ol">
      {rows.map((row) => {
        const words = describeHistoryEntry(pageWords, row, dates);
        return (
          <Card
            as="li"
            key={row.id}
            className={styles.entry}
            data-testid="history-entry"
            data-id={row.id}
          >
            <p className={styles.meta}>
              {words.datePrefix}
              <time dateTime={row.finishedAt}>{words.date}</time>
              {words.separator}
              {words.form}
            </p>
            {row.kind === 'scored' && (
              <>
                <h3 className={styles.headline}>{row.verdict.headline}</h3>
                {words.earlierVersion && (
                  <p className={styles.small} data-testid="entry-earlier-version">
                    {words.earlierVersion.notice}{' '}
                    <SiteLink href="/quiz">{words.earlierVersion.retake}</SiteLink>
                  </p>
                )}
                <dl className={styles.fits}>
                  <div className={ui.toned} data-role="cto">
                    <dt>{names.cto}</dt>
                    <dd data-testid="entry-fit-cto">{row.fit.cto}</dd>
                  </div>
                  <div className={ui.toned} data-role="cpo">
                    <dt>{names.cpo}</dt>
                    <dd data-testid="entry-fit-cpo">{row.fit.cpo}</dd>
                  </div>
                </dl>
              </>
            )}
            {words.otherVersion && (
              <>
                <h3 className={styles.headline}>{words.otherVersion.title}</h3>
                <p className={styles.small}>{words.otherVersion.detail}</p>
              </>
            )}
            {words.carriedOver && <p className={styles.small}>{words.carriedOver}</p>}
            <div className={`cluster ${styles.entryActions}`}>
              {words.open && (
                <LinkButton className={styles.small} href={words.open.href}>
                  {words.open.label}
                  <span className="visually-hidden"> {words.open.hidden}</span>
                </LinkButton>
              )}
              {words.compare && (
                <LinkButton variant="secondary" className={styles.small} href={words.compare.href}>
                  {words.compare.label}
                  <span className="visually-hidden"> {words.compare.hidden}</span>
                </LinkButton>
              )}
              <Button
                variant="secondary"
                className={styles.small}
                onClick={() => onDelete(row.id, row.finishedAt)}
              >
                {words.remove.label}
                <span className="visually-hidden"> {words.remove.hidden}</span>
              </Button>
            </div>
          </Card>
        );
      })}
    </TwoColumn>
  );
}
