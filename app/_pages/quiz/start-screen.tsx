import type { Form } from '@/lib/answers/schema';
import type { SavedProgress } from '@/lib/codecs/saved-progress-format';
import type { OlderSave } from '@/lib/quiz/describe-start';
import type { QuizContent } from '@/lib/quiz/quiz-content';
import { useWords } from '@/app/_shared/page-words';
import type { RestoreNotice } from '@/lib/quiz/restore-notice';

import { CarryOverOffer } from './carry-over-offer';
import { FormChoices } from './form-choices';
import styles from './quiz.module.css';
import { RestoreMessage } from './restore-message';
import { SavedProgressPanel } from './saved-progress-panel';
import { StorageWarning } from './storage-warning';

interface Props {
  content: QuizContent;
  saved: SavedProgress | null;
  older: OlderSave | null;
  notice: RestoreNotice | null;
  storageFailed: boolean;
  onStart: (form: Form, progress: SavedProgress | null) => void;
  onStartOver: () => void;
  onCarryOver: () => void;
  onDeclineCarryOver: () => void;
  onSeeResults: () => void;
}

/** The quiz's first screen: choose a form, continue saved progress, or carry an earlier one over. */
export function StartScreen(props: Props) {
  const { content, saved, older, notice, storageFailed, onStart } = props;
  const copy = useWords('quiz').start;
  return (
    <div className={`container ${styles.quiz}`}>
      <h1>{saved || older ? copy.welcomeBack : copy.title}</h1>
      {notice && <RestoreMessage notice={notice} />}
      {storageFailed && <StorageWarning when="answering" />}
      {older ? (
        <CarryOverOffer
          content={content}
          older={older}
          onCarryOver={props.onCarryOver}
          onDecline={props.onDeclineCarryOver}
          onSeeResults={props.onSeeResults}
        />
      ) : saved ? (
        <SavedProgressPanel
          saved={saved}
          questionCount={content.forms[saved.form].questionCount}
          onStart={onStart}
          onStartOver={props.onStartOver}
          onSeeResults={props.onSeeResults}
        />
      ) : (
        <FormChoices content={content} onStart={(form) => onStart(form, null)} />
      )}
    </div>
  );
}
