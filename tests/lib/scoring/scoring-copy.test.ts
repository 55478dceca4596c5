import { ScoringCopySchema } from '@/lib/scoring/copy-schema';
import { schemaProblemsAfter } from '@/tests/fixtures/copy-changes';
import scoringCopy from '@/questions/scoring-copy.json' with { type: 'json' };

/** What the schema finds wrong in the copy file after one change to a fresh copy of it. */
const problemsAfter = schemaProblemsAfter(ScoringCopySchema, scoringCopy);

describe('questions/scoring-copy.json', () => {
  it('satisfies its schema as it is', () => {
    expect(problemsAfter(() => {})).toEqual([]);
  });

  it('names the field of an empty verdict headline', () => {
    expect(problemsAfter((c) => void (c.verdict.headlines['fits-both'] = ' '))).toEqual([
      'verdict.headlines.fits-both: must not be empty',
    ]);
  });

  it('refuses a placeholder a verdict summary is not given, so a typo never reaches a reader', () => {
    expect(
      problemsAfter((c) => void (c.verdict.summaries.balanced = '{scores} That is {levle}.')),
    ).toEqual(['verdict.summaries.balanced: may only use the placeholders {scores}, {level}']);
  });

  it('names the field of an empty confidence advice, and of an unknown placeholder in a reason', () => {
    expect(
      problemsAfter((c) => {
        c.confidenceReasons['short-form'].advice = '';
        c.confidenceReasons['long-run'].message = 'You gave {n} answers in a row.';
      }),
    ).toEqual([
      'confidenceReasons.long-run.message: may only use the placeholders {count}',
      'confidenceReasons.short-form.advice: must not be empty',
    ]);
  });

  it('needs both forms of a plural reason', () => {
    const problems = problemsAfter((c) => {
      const plural = c.confidenceReasons['too-fast'].message.seconds as Record<string, unknown>;
      delete plural.one;
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^confidenceReasons\.too-fast\.message\.seconds\.one: /);
  });

  it('refuses a missing fit level phrase and a key it does not know', () => {
    const problems = problemsAfter((c) => {
      const phrases = c.fitLevelPhrases as Record<string, unknown>;
      delete phrases.low;
      phrases.middling = 'a middling match';
    });
    expect(problems).toHaveLength(2);
  });
});
