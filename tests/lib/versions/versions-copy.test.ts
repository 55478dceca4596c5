import { VersionsCopySchema } from '@/lib/versions/copy-schema';
import { schemaProblemsAfter } from '@/tests/fixtures/copy-changes';
import versionsCopy from '@/questions/versions-copy.json' with { type: 'json' };

/** What the schema finds wrong in the copy file after one change to a fresh copy of it. */
const problemsAfter = schemaProblemsAfter(VersionsCopySchema, versionsCopy);

describe('questions/versions-copy.json', () => {
  it('satisfies its schema as it is', () => {
    expect(problemsAfter(() => {})).toEqual([]);
  });

  it('names the field of an empty text', () => {
    expect(problemsAfter((c) => void (c.earlier.retake = '  '))).toEqual([
      'earlier.retake: must not be empty',
    ]);
  });

  it('refuses a placeholder the sentence is not given, so a typo never reaches a reader', () => {
    expect(
      problemsAfter((c) => void (c.missing.notLoaded = '{what} needs version {verison}.')),
    ).toEqual(['missing.notLoaded: may only use the placeholders {what}, {version}']);
  });

  it('refuses a missing sentence', () => {
    const problems = problemsAfter(
      (c) => void delete (c.missing as Partial<typeof c.missing>).newer,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^missing\.newer: /);
  });
});
