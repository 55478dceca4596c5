import { DECODER_COPY } from '@/lib/codecs/decoder-copy';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { z } from 'zod';

import { AnswerValueSchema, FormSchema } from '@/lib/answers/schema';
import { findAnswerProblems } from '@/lib/answers/find-answer-problems';
import { loadBank } from '@/lib/bank/load-bank';
import { scoreAnswers } from '@/lib/scoring';
import { FIT_LEVELS } from '@/lib/scoring/fit-level';
import { SCORING_COPY } from '@/lib/scoring/scoring-copy';

const PEOPLE_DIR = join(process.cwd(), 'tests/fixtures/people');

/** One realistic person's answers; see tests/fixtures/people/README.md. */
const PersonSchema = z.strictObject({
  description: z.string().min(80),
  expectedLean: z.enum(['cto', 'cpo', 'balanced', 'neither']),
  form: FormSchema,
  answers: z.record(z.string(), AnswerValueSchema),
});

const bank = loadBank();
const people = readdirSync(PEOPLE_DIR)
  .filter((file) => file.endsWith('.json'))
  .map((file) => ({
    file,
    person: PersonSchema.parse(JSON.parse(readFileSync(join(PEOPLE_DIR, file), 'utf8'))),
  }));

describe('people fixtures', () => {
  it('cover at least fourteen people, some of them on the short form, of every expected lean', () => {
    expect(people.length).toBeGreaterThanOrEqual(14);
    expect(people.filter(({ person }) => person.form === 'short').length).toBeGreaterThanOrEqual(2);
    expect(new Set(people.map(({ person }) => person.expectedLean))).toEqual(
      new Set(['cto', 'cpo', 'balanced', 'neither']),
    );
  });

  describe.each(people)('$file', ({ person }) => {
    it('answers every question of its form with a valid value, and nothing else', () => {
      const inForm = bank.questions.filter((q) => person.form === 'full' || q.inShortForm);
      expect(findAnswerProblems(inForm, person.answers, DECODER_COPY)).toEqual([]);
      expect(Object.keys(person.answers).sort()).toEqual(inForm.map((q) => q.id).sort());
    });

    it(`leans the way its description says (${person.expectedLean})`, () => {
      const profile = scoreAnswers(bank, person.answers, SCORING_COPY, { form: person.form });
      const { lean, fit } = profile;
      switch (person.expectedLean) {
        case 'neither':
          expect(Math.max(fit.cto, fit.cpo)).toBeLessThan(FIT_LEVELS.emerging);
          break;
        case 'balanced':
          expect(lean.role === 'balanced' || lean.withinMargin, JSON.stringify(lean)).toBe(true);
          break;
        default:
          expect(lean.role, JSON.stringify(fit)).toBe(person.expectedLean);
          expect(lean.withinMargin, JSON.stringify(profile.fitRange)).toBe(false);
      }
    });
  });
});
