import { Button } from '@/app/_shared/ui';
import type { FormEvent, Ref } from 'react';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';

import { ErrorSummary } from '@/app/_shared/error-summary';
import { summariseMissingAnswers, type StepView } from '@/lib/quiz/describe-step';
import type { QuizFormValues } from '@/lib/quiz/form-values';
import type { QuizQuestion as Question } from '@/lib/quiz/quiz-content';
import ui from '@/app/_shared/ui/ui.module.css';

import { answerByKey, focusQuestion, isEnterOnOption } from './answer-keys';
import { QuizQuestion } from './quiz-question';
import styles from './quiz.module.css';
import { StorageWarning } from './storage-warning';
import { useQuizWords } from './use-quiz-words';

interface Props {
  headingRef: Ref<HTMLHeadingElement>;
  view: StepView;
  questionsById: ReadonlyMap<string, Question>;
  likertScale: readonly string[];
  register: UseFormRegister<QuizFormValues>;
  errors: FieldErrors<QuizFormValues>;
  /** Whether to list the step's unanswered questions above it (after a try to go on). */
  showSummary: boolean;
  storageFailed: boolean;
  /** Focuses a question that has no radio button to focus. */
  focusField: (id: string) => void;
  onNext: (event?: FormEvent) => void;
  onBack: () => void;
}

/** One step of the quiz: where it stands in the form, its questions, and the way on or back. */
export function QuestionStep({
  headingRef,
  view,
  questionsById,
  likertScale,
  register,
  errors,
  showSummary,
  storageFailed,
  focusField,
  onNext,
  onBack,
}: Props) {
  const words = useQuizWords();
  const missing = new Map(
    view.questions.flatMap(({ id }) => (errors[id] ? [[id, errors[id].message]] : [])),
  );
  const summary = summariseMissingAnswers(words, view.questions, showSummary ? missing : new Map());
  return (
    <div className={`container ${styles.quiz}`}>
      <p className={ui.eyebrow}>{view.eyebrow}</p>
      <h1 ref={headingRef} tabIndex={-1}>
        {view.step.title}
      </h1>
      <div className={styles.progress}>
        <p className={ui.muted}>{view.progress}</p>
        <div className={styles.bar} aria-hidden="true">
          <div className={styles.barFill} style={{ width: `${view.percentBefore}%` }} />
        </div>
      </div>
      {storageFailed && <StorageWarning when="answering" />}
      <ErrorSummary
        title={summary.title}
        items={summary.items}
        onSelect={(id) => focusQuestion(id, focusField)}
      />
      <p className={styles.hint}>
        {view.hint} <span className={styles.keys}>{view.keys}</span>
      </p>
      <form
        noValidate
        onSubmit={onNext}
        onKeyDown={(event) => {
          if (!isEnterOnOption(event)) return;
          event.preventDefault();
          onNext();
        }}
      >
        {view.questions.map(({ id, number }) => {
          const question = questionsById.get(id);
          return question ? (
            <QuizQuestion
              key={id}
              question={question}
              number={number}
              scale={likertScale}
              error={errors[id]?.message}
              field={register(id)}
              onKeyDown={(event) => answerByKey(event, focusField)}
            />
          ) : null;
        })}
        <div className={`cluster ${styles.actions}`}>
          {view.hasBack && (
            <Button variant="secondary" onClick={onBack}>
              {words.quiz.step.back}
            </Button>
          )}
          <Button type="submit">{view.nextLabel}</Button>
        </div>
      </form>
    </div>
  );
}
