/**
 * `npm run validity`: scores careless and realistic answer sets against the current bank and
 * prints one table of the measurement targets of issue #12, each marked ✓ or ✗. Exits 1 when a
 * target is missed. Random answer sets come from a seeded generator, so every run prints the same.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Form } from '@/lib/answers/schema';
import { loadBank } from '@/lib/bank/load-bank';
import { scoreAnswers } from '@/lib/scoring';

import {
  consistentAnswers,
  cyclicAnswers,
  oneNoteAnswers,
  randomAnswers,
  type PersonModel,
} from './answer-sets';
import { seededRandom } from '../seeded-random';
import {
  checkConsistentShare,
  checkExtreme,
  checkKeying,
  checkOrder,
  checkPerson,
  checkRandomShare,
  checkReadsLow,
  formatValidityTable,
  VALIDITY_TARGETS,
  type ExpectedLean,
  type ValidityRow,
} from './targets';
import { SCORING_COPY } from '@/lib/scoring/scoring-copy';

const RANDOM_RUNS = 10_000;
const SEED = 20261203;
const CYCLES = [
  [1, 5],
  [5, 1],
  [2, 4],
  [4, 2],
  [1, 2, 3, 4, 5],
  [5, 4, 3, 2, 1],
];
const FORMS: readonly Form[] = ['full', 'short'];
const CONSISTENT_RUNS = 2_000;
/** A consistent but imperfect person, in scale steps: see decision 015. */
const CONSISTENT_PERSON: PersonModel = { spread: 0.6, noise: 0.7, tendency: 0.8 };
const PEOPLE_DIR = join(process.cwd(), 'tests/fixtures/people');

const bank = loadBank();
const rows: ValidityRow[] = [];

for (const form of FORMS) {
  rows.push(
    checkExtreme(
      `all agree (5), ${form}`,
      scoreAnswers(bank, oneNoteAnswers(bank, form, 5), SCORING_COPY, { form }),
    ),
  );
  rows.push(
    checkExtreme(
      `all disagree (1), ${form}`,
      scoreAnswers(bank, oneNoteAnswers(bank, form, 1), SCORING_COPY, { form }),
    ),
  );
}
for (const form of FORMS) {
  const random = seededRandom(SEED);
  let low = 0;
  for (let run = 0; run < RANDOM_RUNS; run++) {
    if (
      scoreAnswers(bank, randomAnswers(bank, form, random), SCORING_COPY, { form }).confidence
        .level === 'low'
    )
      low++;
  }
  const target = form === 'full' ? VALIDITY_TARGETS.randomLowFull : VALIDITY_TARGETS.randomLowShort;
  rows.push(checkRandomShare(`random answers, ${form}`, low, RANDOM_RUNS, target));
}
for (const form of FORMS) {
  const random = seededRandom(SEED + 1);
  let low = 0;
  for (let run = 0; run < CONSISTENT_RUNS; run++) {
    const answers = consistentAnswers(bank, form, random, CONSISTENT_PERSON);
    if (scoreAnswers(bank, answers, SCORING_COPY, { form }).confidence.level === 'low') low++;
  }
  const limit =
    form === 'full' ? VALIDITY_TARGETS.consistentLowFull : VALIDITY_TARGETS.consistentLowShort;
  rows.push(
    checkConsistentShare(`simulated consistent people, ${form}`, low, CONSISTENT_RUNS, limit),
  );
}
for (const pattern of CYCLES) {
  for (const form of FORMS) {
    const profile = scoreAnswers(bank, cyclicAnswers(bank, form, pattern), SCORING_COPY, { form });
    rows.push(checkReadsLow(`cyclic ${pattern.join('-')}, ${form}`, profile.confidence.level));
  }
}
for (const value of [2, 3, 4]) {
  for (const form of FORMS) {
    const profile = scoreAnswers(bank, oneNoteAnswers(bank, form, value), SCORING_COPY, { form });
    rows.push(checkReadsLow(`one note (${value}), ${form}`, profile.confidence.level));
  }
}
for (const file of readdirSync(PEOPLE_DIR)
  .filter((name) => name.endsWith('.json'))
  .sort()) {
  const person = JSON.parse(readFileSync(join(PEOPLE_DIR, file), 'utf8')) as {
    expectedLean: ExpectedLean;
    form: Form;
    answers: Record<string, number | string>;
  };
  const profile = scoreAnswers(bank, person.answers, SCORING_COPY, { form: person.form });
  rows.push(checkPerson(file.replace(/\.json$/, ''), person.expectedLean, profile));
}
for (const form of FORMS) rows.push(checkOrder(bank, form));
rows.push(...checkKeying(bank));

const missed = rows.filter((row) => !row.ok).length;
console.log(
  `Validity of bank ${bank.id} version ${bank.version} (scoring rules ${bank.scoring})\n`,
);
console.log(formatValidityTable(rows));
console.log(
  `\n${missed === 0 ? 'every target met' : `${missed} of ${rows.length} targets missed`}`,
);
process.exitCode = missed === 0 ? 0 : 1;
