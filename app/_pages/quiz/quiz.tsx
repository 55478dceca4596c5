'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useForm } from 'react-hook-form';

import { recordInHistory } from '@/app/_shared/history-storage';
import {
  PROGRESS_KEY,
  removeItem,
  RESULT_KEY,
  setAside,
  writeStored,
} from '@/app/_shared/progress-storage';
import type { Form } from '@/lib/answers/schema';
import type { SavedProgress } from '@/lib/codecs/saved-progress-format';
import { describeStep } from '@/lib/quiz/describe-step';
import { toAnswers, toFormValues, type QuizFormValues } from '@/lib/quiz/form-values';
import {
  firstOpenPlace,
  placeOf,
  resumePlace,
  stepNumberOf,
  type QuizPlace,
} from '@/lib/quiz/quiz-place';
import type { QuizContent, QuizQuestion } from '@/lib/quiz/quiz-content';
import { fromStepTimings, toStepTimings } from '@/lib/quiz/step-timing';
import ui from '@/app/_shared/ui/ui.module.css';

import styles from './quiz.module.css';
import { QuestionStep } from './question-step';
import { ReviewStep } from './review-step';
import { StartScreen } from './start-screen';
import { useLocalePath } from '@/app/_shared/locale-context';
import { useQuizWords } from './use-quiz-words';
import { useStepTimer } from './use-step-timer';
import { useStoredProgress } from './use-stored-progress';

const loadStepResolver = () => import('./resolve-step').then((module) => module.resolveStep);

type View = { readonly name: 'start' } | QuizPlace;

/** The whole quiz: choosing a form, the steps, the review, and saving every answer as it is given. */
export function Quiz({ content }: { content: QuizContent }) {
  const router = useRouter();
  const localePath = useLocalePath();
  const words = useQuizWords();
  const [view, setView] = useState<View>({ name: 'start' });
  const [form, setForm] = useState<Form>('full');
  const [storageFailed, setStorageFailed] = useState(false);
  const [showSummary, setShowSummary] = useState(false);
  const stored = useStoredProgress(content);
  const timer = useStepTimer();

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

  const { register, handleSubmit, subscribe, reset, getValues, clearErrors, setFocus, formState } =
    useForm<QuizFormValues>({
      // Validation code (zod) is fetched when first needed, not with the page.
      resolver: async (values, context, options) =>
        (await loadStepResolver())(words, stepQuestionsRef.current, values, context, options),
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
    () => subscribe({ formState: { values: true }, callback: ({ values }) => persist(values) }),
    [subscribe, persist],
  );

  useEffect(() => {
    if (!focusHeadingRef.current) return;
    focusHeadingRef.current = false;
    headingRef.current?.focus();
  }, [view]);

  const go = useCallback(
    (next: QuizPlace) => {
      const formSteps = content.forms[formRef.current].steps;
      if (next.name === 'step') {
        timer().show(next.index);
        stepQuestionsRef.current = (formSteps[next.index]?.questionIds ?? []).flatMap(
          (id) => questionsById.get(id) ?? [],
        );
      } else {
        timer().leave();
      }
      stepRef.current = stepNumberOf(formSteps, next);
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
    go(resumePlace(formSteps, chosen, progress));
  };

  /** Takes the answers of an earlier version's save that still fit into the current quiz. */
  const carryOver = () => {
    if (!stored.older) return;
    // The earlier save is kept aside before the current quiz's progress takes its key.
    setAside(PROGRESS_KEY, stored.older.raw);
    const { form: chosen, answers } = stored.older.carryOver;
    const formSteps = content.forms[chosen].steps;
    const step = stepNumberOf(formSteps, firstOpenPlace(formSteps, answers));
    begin(chosen, { form: chosen, answers, step, finished: false });
  };

  /** Starts afresh instead, keeping the earlier version's save aside (never simply deleted). */
  const declineCarryOver = () => {
    if (!stored.older) return;
    if (!setAside(PROGRESS_KEY, stored.older.raw)) {
      setStorageFailed(true);
      return;
    }
    removeItem(PROGRESS_KEY);
    stored.discard({ kind: 'declined', raw: stored.older.raw });
  };

  const startOver = () => {
    removeItem(PROGRESS_KEY);
    stored.discard();
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
      step: stepNumberOf(steps, { name: 'review' }),
      finished: true,
      timing: toStepTimings(steps, timer().seconds(), answers),
    };
    finishedRef.current = true;
    // Before the new result replaces the last one, which history may still have to carry over.
    recordInHistory(content.bank, progress);
    const saved = writeStored(RESULT_KEY, content.bank, progress);
    writeStored(PROGRESS_KEY, content.bank, progress);
    if (!saved) setStorageFailed(true);
    router.push(localePath('/results'));
  };

  const onNext = (event?: FormEvent) =>
    void handleSubmit(
      () => {
        if (view.name === 'step') go(placeOf(steps, view.index + 1));
      },
      () => setShowSummary(true),
    )(event);

  if (view.name === 'start') {
    return stored.restoring ? (
      <div className={`container ${styles.quiz}`}>
        <h1>{words.quiz.start.title}</h1>
        <p className={ui.lead} role="status">
          {words.quiz.start.restoring}
        </p>
      </div>
    ) : (
      <StartScreen
        content={content}
        saved={stored.saved}
        older={stored.older}
        notice={stored.notice}
        storageFailed={storageFailed}
        onStart={begin}
        onStartOver={startOver}
        onCarryOver={carryOver}
        onDeclineCarryOver={declineCarryOver}
        onSeeResults={() => router.push(localePath('/results'))}
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

  const stepView = describeStep(words, form, steps, view.index);
  if (!stepView) return null;
  return (
    <QuestionStep
      headingRef={headingRef}
      view={stepView}
      questionsById={questionsById}
      likertScale={content.likertScale}
      register={register}
      errors={formState.errors}
      showSummary={showSummary}
      storageFailed={storageFailed}
      focusField={setFocus}
      onNext={onNext}
      onBack={() => go({ name: 'step', index: view.index - 1 })}
    />
  );
}
