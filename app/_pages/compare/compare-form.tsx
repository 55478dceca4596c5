'use client';

import { useWords } from '@/app/_shared/page-words';
import { useRef, useState, type FormEvent } from 'react';

import { checkResultLink } from '@/app/_shared/check-result-link';
import { useLocale } from '@/app/_shared/locale-context';
import { ErrorSummary } from '@/app/_shared/error-summary';
import { ResultLinkField } from '@/app/_shared/result-link-field';
import { SiteLink } from '@/app/_shared/site-link';
import { Button, TwoColumn } from '@/app/_shared/ui';
import ui from '@/app/_shared/ui/ui.module.css';
import type { QuestionBank } from '@/lib/bank/schema';
import { encodeCompareCode, isCompareCode, MAX_NAME_LENGTH } from '@/lib/codecs/compare-code';
import type { FormStart } from '@/lib/compare/form-start';
import { fillTemplate } from '@/lib/report/copy/fill-template';

import { RESULT_KEY } from '@/app/_shared/progress-storage';
import { useInitialStoredItem } from '@/app/_shared/use-initial-stored-item';
import styles from './compare.module.css';

type Pair<T> = [T, T];

interface Props {
  bank: QuestionBank;
  start: FormStart;
  /** Called with the compare code once both links are readable. */
  onCompare: (code: string) => void;
}

const WHO = ['first', 'second'] as const;
const KEYS = ['a', 'b'] as const;
const FIELD_IDS = ['link-first', 'link-second'] as const;

/**
 * Two result links and optional names. Each link is checked with the share-code decoder on
 * submit; problems appear beside their field and in a summary at the top, as in the quiz.
 */
export function CompareForm({ bank, start, onCompare }: Props) {
  const [links, setLinks] = useState<Pair<string>>([...start.links]);
  const [names, setNames] = useState<Pair<string>>([...start.names]);
  const [errors, setErrors] = useState<Pair<string | null>>([null, null]);
  const [filled, setFilled] = useState<Pair<string>>(['', '']);
  const summaryRef = useRef<HTMLDivElement>(null);
  const saved = useInitialStoredItem(RESULT_KEY);
  const words = useWords('compare').form;
  const savedWords = {
    result: useWords('result'),
    versions: useWords('versions'),
    decoders: useWords('decoders'),
  };
  const locale = useLocale();

  const update = <T,>(pair: Pair<T>, i: number, value: T): Pair<T> =>
    i === 0 ? [value, pair[1]] : [pair[0], value];

  const check = (text: string, i: number) =>
    checkResultLink(
      bank,
      text,
      {
        missing: words.missing[KEYS[i] ?? 'a'],
        wholeGroup: words.wholeComparison,
        isGroupCode: isCompareCode,
      },
      savedWords.decoders,
      locale,
    );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = await Promise.all([check(links[0], 0), check(links[1], 1)]);
    const found: Pair<string | null> = [
      'error' in checked[0] ? checked[0].error : null,
      'error' in checked[1] ? checked[1].error : null,
    ];
    setErrors(found);
    if ('code' in checked[0] && 'code' in checked[1]) {
      onCompare(encodeCompareCode([checked[0].code, checked[1].code], names));
      return;
    }
    // The summary renders on this update; move focus to it on the next frame.
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  const fillLastResult = async (i: number) => {
    if (!saved) return;
    const [read, { encodeShareCode }] = await Promise.all([
      import('@/app/_shared/read-saved-result').then((m) =>
        m.readSavedResult(saved, bank, savedWords, locale),
      ),
      import('@/lib/codecs/share-code'),
    ]);
    if (read.status === 'unavailable') {
      setErrors((e) => update(e, i, read.detail));
      return;
    }
    const { decoding } = read;
    if (decoding.status !== 'restored') {
      const detail = 'detail' in decoding ? decoding.detail : words.otherVersion;
      setErrors((e) => update(e, i, fillTemplate(words.lastUnreadable, { detail })));
      return;
    }
    const { form, answers } = decoding.progress;
    // A result of an earlier version links with that version's code, so it keeps its scores.
    const link = `${window.location.origin}/results#${encodeShareCode(read.bank, { form, answers })}`;
    setLinks((l) => update(l, i, link));
    setErrors((e) => update(e, i, null));
    // Only the field just filled says so.
    setFilled(update(['', ''], i, words.filled));
  };

  const problems = WHO.flatMap((_, i) => {
    const error = errors[i];
    const person = words.people[KEYS[i] ?? 'a'];
    return error
      ? [{ id: FIELD_IDS[i] ?? '', text: fillTemplate(words.problem, { person, error }) }]
      : [];
  });

  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate>
      <ErrorSummary
        ref={summaryRef}
        title={problems.length === 1 ? words.summaryOne : words.summaryBoth}
        items={problems}
        onSelect={(id) => document.getElementById(id)?.focus()}
      />
      <TwoColumn>
        {WHO.map((who, i) => {
          const id = FIELD_IDS[i] ?? who;
          const key = KEYS[i] ?? 'a';
          const error = errors[i] ?? null;
          return (
            <fieldset key={who} className={`${ui.toned} ${styles.person}`} data-person={key}>
              <legend className={styles.legend}>
                <span className={styles.mark} aria-hidden="true" />
                {words.people[key]}
              </legend>
              <div className={styles.field}>
                <label htmlFor={`name-${who}`}>{words.name}</label>
                <input
                  id={`name-${who}`}
                  type="text"
                  autoComplete="off"
                  maxLength={MAX_NAME_LENGTH}
                  placeholder={words.namePlaceholders[key]}
                  value={names[i]}
                  onChange={(event) => setNames(update(names, i, event.currentTarget.value))}
                />
              </div>
              <div className={`${styles.field} ${error ? styles.fieldInvalid : ''}`}>
                <ResultLinkField
                  id={id}
                  words={words}
                  value={links[i] ?? ''}
                  error={error}
                  describedBy={filled[i] ? [`${id}-filled`] : []}
                  onChange={(value) => {
                    setLinks(update(links, i, value));
                    setFilled(update(filled, i, ''));
                  }}
                />
                {saved && (
                  <p className={styles.fill}>
                    <Button variant="link" onClick={() => void fillLastResult(i)}>
                      {words.useLastResult}
                    </Button>
                    <span id={`${id}-filled`} role="status" className={ui.muted}>
                      {filled[i]}
                    </span>
                  </p>
                )}
              </div>
            </fieldset>
          );
        })}
      </TwoColumn>
      <p className={`${ui.actions} ${styles.actions}`}>
        <Button type="submit">{words.submit}</Button>
      </p>
      <p className={ui.muted}>{words.privacy}</p>
      <p className={ui.muted}>
        {words.team.before}
        <SiteLink href="/team">{words.team.link}</SiteLink>
      </p>
    </form>
  );
}
