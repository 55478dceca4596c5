import { describeReview } from '@/lib/quiz/describe-review';
import { loadSiteWords } from '@/lib/i18n/load-site-words';
import { buildQuizContent } from '@/lib/quiz/quiz-content';
import { tinyBank } from '@/tests/fixtures/tiny-bank';

const en = loadSiteWords('en');
const content = buildQuizContent(en, tinyBank);
const { steps, questionCount } = content.forms.full;
const firstId = steps[0]!.questionIds[0]!;

describe('describeReview', () => {
  it('counts the answers and lists every unanswered question as a way back to its step', () => {
    const view = describeReview(en, content, 'full', { [firstId]: 4 });
    expect(view.eyebrow).toBe('Full form · Review');
    expect(view.lead).toBe(
      `You answered 1 of ${questionCount} questions. Change any answer before you see your results.`,
    );
    expect(view.unanswered?.title).toBe(`${questionCount - 1} questions are unanswered`);
    expect(view.unanswered?.items[0]).toMatchObject({ label: 'Answer question 2', stepIndex: 0 });
    expect(view.unanswered?.items[0]?.hiddenLabel).toMatch(/^: \S/);
  });

  it('speaks of one unanswered question in the singular, and of none not at all', () => {
    const all = Object.fromEntries(content.questions.map((q) => [q.id, 3]));
    expect(describeReview(en, content, 'full', all).unanswered).toBeNull();
    const allButOne = Object.fromEntries(Object.entries(all).filter(([id]) => id !== firstId));
    expect(describeReview(en, content, 'full', allButOne).unanswered?.title).toBe(
      'One question is unanswered',
    );
  });

  it('shows each answer in words under its numbered question, step by step', () => {
    const view = describeReview(en, content, 'full', { [firstId]: 4 });
    const [first, second] = view.groups[0]!.rows;
    expect(first?.question).toMatch(/^1\. \S/);
    expect(first?.answer).toBe('Agree');
    expect(second?.answer).toBe('Not answered');
    expect(view.groups.map((g) => g.changeHidden)).toEqual(
      steps.map((s) => ` answers in ${s.title}`),
    );
  });
});

describe('describeReview in another language', () => {
  it('describes the same review in Spanish, with the same counts and the answers in Spanish', () => {
    const es = loadSiteWords('es');
    const view = describeReview(es, content, 'full', { [firstId]: 4 });
    expect(view.eyebrow).toMatchInlineSnapshot(`"Formato completo · Revisión"`);
    expect(view.lead).toMatchInlineSnapshot(
      `"Respondiste 1 de 17 preguntas. Puedes cambiar cualquier respuesta antes de ver tus resultados."`,
    );
    expect(view.unanswered?.title).toMatchInlineSnapshot(`"Hay 16 preguntas sin responder"`);
    expect(view.unanswered?.items[0]?.label).toMatchInlineSnapshot(`"Responder la pregunta 2"`);
    expect(view.groups[0]?.rows[1]?.answer).toBe(es.quiz.review.notAnswered);
  });
});
