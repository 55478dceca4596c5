import fc from 'fast-check';

import { loadBank } from '@/lib/bank/load-bank';
import { loadSiteWords } from '@/lib/i18n/load-site-words';
import { buildQuizContent } from '@/lib/quiz/quiz-content';
import { toAnswers, toFormValues } from '@/lib/quiz/form-values';
import { buildStepSchema } from '@/lib/quiz/step-schema';
import { answerSet } from '@/tests/fixtures/answer-arbitraries';

const bank = loadBank();
const en = loadSiteWords('en');
const content = buildQuizContent(en, bank);
const statement = content.questions.find((q) => q.type === 'likert')!;
const scenario = content.questions.find((q) => q.type === 'choice')!;

describe('buildStepSchema', () => {
  const schema = buildStepSchema(en, [statement, scenario]);
  const firstOption = scenario.type === 'choice' ? scenario.options[0]!.id : '';

  it('accepts a step where every question is answered', () => {
    expect(schema.safeParse({ [statement.id]: '4', [scenario.id]: firstOption }).success).toBe(
      true,
    );
  });

  it('asks for an answer to each unanswered question, in words that fit the kind of question', () => {
    const result = schema.safeParse({ [statement.id]: null });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      [statement.id, 'Choose how much you agree with this statement'],
      [scenario.id, 'Choose what you would do'],
    ]);
  });

  it('rejects values that are not among the options', () => {
    expect(schema.safeParse({ [statement.id]: '6', [scenario.id]: 'nope' }).success).toBe(false);
  });
});

describe('buildStepSchema in another language', () => {
  it('asks for the unanswered questions in Spanish', () => {
    const es = loadSiteWords('es');
    const result = buildStepSchema(es, [statement, scenario]).safeParse({});
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      es.quiz.step.required.likert,
      es.quiz.step.required.choice,
    ]);
    expect(result.error?.issues.map((i) => i.message)).toMatchInlineSnapshot(`
      [
        "Elige cuánto estás de acuerdo con esta afirmación",
        "Elige qué harías",
      ]
    `);
  });
});

describe('toAnswers and toFormValues', () => {
  it('turn every valid answer set into form values and back unchanged', () => {
    fc.assert(
      fc.property(answerSet(bank), (answers) => {
        expect(toAnswers(toFormValues(answers), content.questions)).toEqual(answers);
      }),
    );
  });

  it('leave out unanswered and invalid values', () => {
    expect(toAnswers({ [statement.id]: null, [scenario.id]: 'nope' }, content.questions)).toEqual(
      {},
    );
  });
});
