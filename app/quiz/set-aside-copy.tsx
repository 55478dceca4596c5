import styles from './quiz.module.css';

/** Lets a person download stored data that could not be restored, so it is never simply lost. */
export function SetAsideCopy({ raw }: { raw: string }) {
  return (
    <button
      type="button"
      className={`button button-secondary ${styles.small}`}
      onClick={() => {
        const url = URL.createObjectURL(new Blob([raw], { type: 'application/json' }));
        const link = document.createElement('a');
        link.href = url;
        link.download = 'role-fit-saved-answers.json';
        link.click();
        setTimeout(() => URL.revokeObjectURL(url), 0);
      }}
    >
      Download the saved copy
    </button>
  );
}
