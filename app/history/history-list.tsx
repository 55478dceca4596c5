import { Button, Card, LinkButton, TwoColumn } from '@/app/_shared/ui';
import ui from '@/app/_shared/ui/ui.module.css';
import { SiteLink } from '@/app/_shared/site-link';
import type { HistoryRow } from '@/lib/history/build-history-rows';
import { describeMissingVersion } from '@/lib/versions/bank-lookup';
import { describeEarlierVersion } from '@/lib/versions/describe-earlier-version';

import { formatDay, formatFinishedAt } from './format-date';
import styles from './history.module.css';

interface Props {
  rows: readonly HistoryRow[];
  onDelete: (id: string, finishedAt: string) => void;
}

/** Every result, newest first: its date, form, both fits and verdict, and what can be done with it. */
export function HistoryList({ rows, onDelete }: Props) {
  return (
    <TwoColumn as="ol">
      {rows.map((row) => {
        const date = row.carriedOver ? formatDay(row.finishedAt) : formatFinishedAt(row.finishedAt);
        return (
          <Card
            as="li"
            key={row.id}
            className={styles.entry}
            data-testid="history-entry"
            data-id={row.id}
          >
            <p className={styles.meta}>
              {row.carriedOver && 'On or before '}
              <time dateTime={row.finishedAt}>{date}</time>
              {' · '}
              {row.form === 'full' ? 'Full form' : 'Short form'}
            </p>
            {row.kind === 'scored' ? (
              <>
                <h3 className={styles.headline}>{row.verdict.headline}</h3>
                {row.earlierVersion && (
                  <p className={styles.small} data-testid="entry-earlier-version">
                    {describeEarlierVersion(row.bankVersion).notice}{' '}
                    <SiteLink href="/quiz">Take the quiz again</SiteLink>
                  </p>
                )}
                <dl className={styles.fits}>
                  <div className={ui.toned} data-role="cto">
                    <dt>CTO fit</dt>
                    <dd data-testid="entry-fit-cto">{row.fit.cto}</dd>
                  </div>
                  <div className={ui.toned} data-role="cpo">
                    <dt>CPO fit</dt>
                    <dd data-testid="entry-fit-cpo">{row.fit.cpo}</dd>
                  </div>
                </dl>
              </>
            ) : (
              <>
                <h3 className={styles.headline}>From another version of the quiz</h3>
                <p className={styles.small}>
                  {describeMissingVersion('This result', row.bank.version)} It stays in your history
                  and in your exports.
                </p>
              </>
            )}
            {row.carriedOver && (
              <p className={styles.small}>
                Finished before Role Fit kept a history, so its exact date is not known.
              </p>
            )}
            <div className={`cluster ${styles.entryActions}`}>
              {row.kind === 'scored' && (
                <LinkButton className={styles.small} href={`/results#${row.shareCode}`}>
                  Open<span className="visually-hidden"> the result of {date}</span>
                </LinkButton>
              )}
              {row.kind === 'scored' && row.compareWithEarlier && (
                <LinkButton
                  variant="secondary"
                  className={styles.small}
                  href={`/compare#${row.compareWithEarlier.compareCode}`}
                >
                  Compare with {formatDay(row.compareWithEarlier.finishedAt)}
                  <span className="visually-hidden"> (the result of {date})</span>
                </LinkButton>
              )}
              <Button
                variant="secondary"
                className={styles.small}
                onClick={() => onDelete(row.id, row.finishedAt)}
              >
                Delete<span className="visually-hidden"> the result of {date}</span>
              </Button>
            </div>
          </Card>
        );
      })}
    </TwoColumn>
  );
}
