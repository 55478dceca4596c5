'use client';

import { useRouter } from 'next/navigation';
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
} from 'react';
import { useForm } from 'react-hook-form';

import { ErrorSummary } from '@/app/_shared/error-summary';
import type { Form } from '@/lib/answers/schema';
import type { ProgressDecoding } from '@/lib/codecs/saved-progress';
import type { SavedProgress } from '@/lib/codecs/saved-progress-format';
import type { QuizContent } from '@/lib/quiz/quiz-content';
import { toAnswers, toFormValues, type QuizFormValues } from '@/lib/quiz/form-values';
import type { QuizQuestion } from '@/lib/quiz/quiz-content';

import { recordInHistory } from '@/app/_shared/history-storage';
import { ChoiceQuestion } from './choice-question';
import { LikertQuestion } from './likert-question';
import {
  keepAsideIfDamaged,
  PROGRESS_KEY,
  removeItem,
  RESULT_KEY,
  setAside,
  writeStored,
} from '@/app/_shared/progress-storage';
import styles from './quiz.module.css';
import { ReviewStep } from './review-step';
import { StartScreen, type RestoreNotice } from './start-screen';
import { createStepTimer, type StepTimer } from './step-timer';
import { fromStepTimings, toStepTimings } from './step-timing';
import { useInitialStoredItem } from '@/app/_shared/use-initial-stored-item';

const loadStepResolver = () => import('./resolve-step').then((module) => module.resolveStep);

type View =
  | { readonly name: 'start' }
  | { readonly name: 'step'; readonly index: number }
  | { readonly name: 'review' };

/** The whole quiz: choosing a form, the steps, the review, and saving every answer as it is given. */
export function Quiz({ content }: { content: QuizContent }) {
  const router = useRouter();
  const [view, setView] = useState<View>({ name: 'start' });
  const [form, setForm] = useState<Form>('full');
  const [discarded, setDiscarded] = useState(false);
  const [storageFailed, setStorageFailed] = useState(false);
  const [showSummary, setShowSummary] = useState(false);

  const questionsById = useMemo(() => new Map(content.questions.map((q) => [q.id, q])), [content]);
  const steps = content.forms[form].steps;

  // Refs mirror what autosave needs, so that saving never waits for a render.
  const formRef = useRef<Form>('full');
  const stepRef = useRef(0);
  const finishedRef = useRef(false);
  const activeRef = useRef(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusHeadingRef = useRef(false);
  const stepQuestionsRef = useRef<readonly QuizQuestion[]>([]);
  const timerRef = useRef<StepTimer | null>(null);
  // Created on first use, in the browser: it reads the page's clock and visibility.
  const timer = useCallback(
    () =>
      (timerRef.current ??= createStepTimer(
        () => performance.now(),
        () => document.visibilityState === 'visible',
      )),
    [],
  );

  // Time with the page hidden (another tab, a locked phone) is not time spent answering.
  useEffect(() => {
    const onVisibility = () =>
      document.visibilityState === 'visible' ? timer().resume() : timer().pause();
    document.addEventListener('visibilitychange', onVisibility);
    return () => document.removeEventListener('visibilitychange', onVisibility);
  }, [timer]);

  const {
    register,
    handleSubmit,
    subscribe,
    reset,
    getValues,
    clearErrors,
    setFocus,
    formState: { errors },
  } = useForm<QuizFormValues>({
    // Validation code (zod) is fetched when first needed, not with the page.
    resolver: async (values, context, options) =>
      (await loadStepResolver())(stepQuestionsRef.current, values, context, options),
    shouldFocusError: true,
    reValidateMode: 'onChange',
  });

  const persist = useCallback(
    (values: QuizFormValues) => {
      if (!activeRef.current) return;
      const answers = toAnswers(values, content.questions);
      const ok = writeStored(PROGRESS_KEY, content.bank, {
        form: formRef.current,
        answers,
        step: stepRef.current,
        finished: finishedRef.current,
        timing: toStepTimings(content.forms[formRef.current].steps, timer().seconds(), answers),
      });
      if (!ok) setStorageFailed(true);
    },
    [content, timer],
  );

  // Every answer is saved the moment it is given, from the values as they are after the change.
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ values }) => persist(values),
      }),
    [subscribe, persist],
  );

  // Saved progress is decoded by a module fetched only when there is something to decode, so a
  // first visit never loads the decoder (zod) at all.
  const storedRaw = useInitialStoredItem(PROGRESS_KEY);
  const [restored, setRestored] = useState<ProgressDecoding | null>(null);
  useEffect(() => {
    if (!storedRaw) return;
    let current = true;
    void import('@/lib/codecs/saved-progress').then(({ decodeSavedProgress }) => {
      if (!current) return;
      const decoding = decodeSavedProgress(storedRaw, content.bank, content.questions);
      keepAsideIfDamaged(PROGRESS_KEY, storedRaw, decoding);
      setRestored(decoding);
    });
    return () => {
      current = false;
    };
  }, [storedRaw, content]);
  const restoring = Boolean(storedRaw) && restored === null;
  const saved = !discarded && restored?.status === 'restored' ? restored.progress : null;
  const older =
    !discarded && restored?.status === 'older-version' && storedRaw
      ? { ...restored, raw: storedRaw }
      : null;
  const [declined, setDeclined] = useState<RestoreNotice | null>(null);
  const notice = declined ?? describeRestore(restored, storedRaw);

  useEffect(() => {
    if (!focusHeadingRef.current) return;
    focusHeadingRef.current = false;
    headingRef.current?.focus();
  }, [view]);

  const go = useCallback(
    (next: View) => {
      if (next.name === 'step') {
        timer().show(next.index);
        stepRef.current = next.index;
        const step = content.forms[formRef.current].steps[next.index];
        stepQuestionsRef.current = (step?.questionIds ?? []).flatMap(
          (id) => questionsById.get(id) ?? [],
        );
      } else {
        timer().leave();
        if (next.name === 'review') stepRef.current = content.forms[formRef.current].steps.length;
      }
      clearErrors();
      setShowSummary(false);
      focusHeadingRef.current = true;
      setView(next);
      persist(getValues());
    },
    [clearErrors, content, getValues, persist, questionsById, timer],
  );

  const begin = (chosen: Form, progress: SavedProgress | null) => {
    void loadStepResolver();
    activeRef.current = true;
    formRef.current = chosen;
    setForm(chosen);
    finishedRef.current = progress?.finished ?? false;
    reset(progress ? toFormValues(progress.answers) : {});
    const formSteps = content.forms[chosen].steps;
    // Times belong to the steps of the form they were taken on.
    timer().restore(
      progress?.form === chosen ? fromStepTimings(formSteps, progress.timing) : new Map(),
    );
    if (!progress) return go({ name: 'step', index: 0 });
    if (progress.form !== chosen) {
      const answered = new Set(Object.keys(progress.answers));
      const firstOpen = formSteps.findIndex((s) => s.questionIds.some((id) => !answered.has(id)));
      return go(firstOpen === -1 ? { name: 'review' } : { name: 'step', index: firstOpen });
    }
    const index = Math.min(progress.step, formSteps.length);
    return go(index >= formSteps.length ? { name: 'review' } : { name: 'step', index });
  };

  /** Takes the answers of an earlier version's save that still fit into the current quiz. */
  const carryOver = () => {
    if (!older) return;
    // The earlier save is kept aside before the current quiz's progress takes its key.
    setAside(PROGRESS_KEY, older.raw);
    const { form: chosen, answers } = older.carryOver;
    const formSteps = content.forms[chosen].steps;
    const firstOpen = formSteps.findIndex((s) => s.questionIds.some((id) => !(id in answers)));
    begin(chosen, {
      form: chosen,
      answers,
      step: firstOpen === -1 ? formSteps.length : firstOpen,
      finished: false,
    });
  };

  /** Starts afresh instead, keeping the earlier version's save aside (never simply deleted). */
  const declineCarryOver = () => {
    if (!older) return;
    if (!setAside(PROGRESS_KEY, older.raw)) {
      setStorageFailed(true);
      return;
    }
    removeItem(PROGRESS_KEY);
    setDiscarded(true);
    setDeclined({ kind: 'declined', raw: older.raw });
  };

  const startOver = () => {
    removeItem(PROGRESS_KEY);
    setDiscarded(true);
    activeRef.current = false;
    finishedRef.current = false;
    reset({});
  };

  const finish = () => {
    timer().leave();
    const answers = toAnswers(getValues(), content.questions);
    const progress: SavedProgress = {
      form: formRef.current,
      answers,
      step: steps.length,
      finished: true,
      timing: toStepTimings(steps, timer().seconds(), answers),
    };
    finishedRef.current = true;
    // Before the new result replaces the last one, which history may still have to carry over.
    recordInHistory(content.bank, progress);
    const stored = writeStored(RESULT_KEY, content.bank, progress);
    writeStored(PROGRESS_KEY, content.bank, progress);
    if (!stored) setStorageFailed(true);
    router.push('/results');
  };

  const focusQuestion = (questionId: string) => {
    const fieldset = document.getElementById(questionId);
    const radio =
      fieldset?.querySelector<HTMLInputElement>('input:checked') ??
      fieldset?.querySelector<HTMLInputElement>('input[type=radio]');
    if (radio) radio.focus();
    else setFocus(questionId);
  };

  /** Keys 1–5 (1–4 for scenarios) answer the focused question, then focus moves on. */
  const answerByKey = (event: KeyboardEvent<HTMLFieldSetElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || !/^[1-9]$/.test(event.key)) return;
    const fieldset = event.currentTarget;
    const radio =
      fieldset.querySelectorAll<HTMLInputElement>('input[type=radio]')[Number(event.key) - 1];
    if (!radio) return;
    event.preventDefault();
    if (!radio.checked) radio.click();
    const all = Array.from(fieldset.form?.querySelectorAll('fieldset') ?? []);
    const next = all[all.indexOf(fieldset) + 1];
    if (next) focusQuestion(next.id);
    else fieldset.form?.querySelector<HTMLButtonElement>('button[type=submit]')?.focus();
  };

  const onNext = (event?: FormEvent) =>
    handleSubmit(
      () => {
        if (view.name !== 'step') return;
        go(
          view.index + 1 < steps.length
            ? { name: 'step', index: view.index + 1 }
            : { name: 'review' },
        );
      },
      () => setShowSummary(true),
    )(event);

  if (view.name === 'start' && restoring) {
    return (
      <div className={`container ${styles.quiz}`}>
        <h1 className={styles.stepTitle}>Take the Role Fit quiz</h1>
        <p className={styles.lead} role="status">
          Looking for your saved answers…
        </p>
      </div>
    );
  }

  if (view.name === 'start') {
    return (
      <StartScreen
        content={content}
        saved={saved}
        older={older}
        notice={notice}
        storageFailed={storageFailed}
        onStart={begin}
        onStartOver={startOver}
        onCarryOver={carryOver}
        onDeclineCarryOver={declineCarryOver}
        onSeeResults={() => router.push('/results')}
      />
    );
  }

  if (view.name === 'review') {
    return (
      <ReviewStep
        ref={headingRef}
        content={content}
        form={form}
        answers={toAnswers(getValues(), content.questions)}
        storageFailed={storageFailed}
        onGoToStep={(index) => go({ name: 'step', index })}
        onFinish={finish}
      />
    );
  }

  const index = view.index;
  const step = steps[index];
  if (!step) return null;
  const before = steps.slice(0, index).reduce((n, s) => n + s.questionIds.length, 0);
  const total = content.forms[form].questionCount;
  const first = before + 1;
  const last = before + step.questionIds.length;
  const summaryItems = showSummary
    ? step.questionIds.flatMap((id, i) =>
        errors[id]
          ? [
              {
                id,
                text: `Question ${first + i}: ${errors[id]?.message ?? 'answer it'}`,
              },
            ]
          : [],
      )
    : [];

  return (
    <div className={`container ${styles.quiz}`}>
      <p className={styles.eyebrow}>
        {form === 'full' ? 'Full form' : 'Short form'} · Step {index + 1} of {steps.length}
      </p>
      <h1 ref={headingRef} tabIndex={-1} className={styles.stepTitle}>
        {step.title}
      </h1>
      <div className={styles.progress}>
        <p className={styles.progressText}>
          Questions {first}–{last} of {total}
        </p>
        <div className={styles.bar} aria-hidden="true">
          <div className={styles.barFill} style={{ width: `${(100 * before) / total}%` }} />
        </div>
      </div>
      {storageFailed && <StorageWarning />}
      <ErrorSummary
        title={
          summaryItems.length === 1
            ? 'One question still needs an answer'
            : `${summaryItems.length} questions still need an answer`
        }
        items={summaryItems}
        onSelect={focusQuestion}
      />
      <p className={styles.hint}>
        {step.kind === 'likert'
          ? 'How much do you agree? Answer for how you work today, not how you would like to work.'
          : 'Pick the option closest to what you would actually do first.'}{' '}
        <span className={styles.keys}>
          Keyboard: keys 1–{step.kind === 'likert' ? 5 : 4} answer, Enter goes on.
        </span>
      </p>
      <form
        noValidate
        onSubmit={onNext}
        onKeyDown={(event) => {
          const target = event.target as HTMLElement;
          if (
            event.key === 'Enter' &&
            target instanceof HTMLInputElement &&
            target.type === 'radio'
          ) {
            event.preventDefault();
            void onNext();
          }
        }}
      >
        {step.questionIds.map((id, i) => {
          const question = questionsById.get(id);
          if (!question) return null;
          const props = {
            id,
            number: first + i,
            text: question.text,
            error: errors[id]?.message,
            field: register(id),
            onKeyDown: answerByKey,
          };
          return question.type === 'likert' ? (
            <LikertQuestion key={id} {...props} scale={content.likertScale} />
          ) : (
            <ChoiceQuestion
              key={id}
              {...props}
              prompt={question.prompt}
              options={question.options}
            />
          );
        })}
        <div className={styles.actions}>
          {index > 0 && (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => go({ name: 'step', index: index - 1 })}
            >
              Back
            </button>
          )}
          <button type="submit" className="button">
            {index + 1 < steps.length ? 'Next' : 'Review your answers'}
          </button>
        </div>
      </form>
    </div>
  );
}

/** What to tell a person about progress that could not be restored exactly as saved. */
function describeRestore(
  decoding: ProgressDecoding | null,
  raw: string | null | undefined,
): RestoreNotice | null {
  if (!decoding || !raw || decoding.status === 'older-version') return null;
  if (decoding.status === 'restored') {
    return decoding.dropped.length > 0 ? { kind: 'dropped', dropped: decoding.dropped, raw } : null;
  }
  return { kind: decoding.status, detail: decoding.detail, raw };
}

export function StorageWarning() {
  return (
    <p className={styles.warning} role="status">
      This browser is not letting Role Fit save your answers, so they will be lost if you close or
      reload the page. Private browsing or full storage usually causes this.
    </p>
  );
}
