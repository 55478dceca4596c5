import { describeArchetype } from '@/lib/report/describe-archetype';
import { scoreAnswers } from '@/lib/scoring';
import { endorseOnly } from '@/tests/fixtures/answer-builders';
import { tinyBank } from '@/tests/fixtures/tiny-bank';
import { SCORING_COPY } from '@/lib/scoring/scoring-copy';
import { ENGLISH_WORDS } from '@/tests/support/english-words';

describe('describeArchetype', () => {
  it('gives the nearest archetype’s words, similarity and the runner-up’s name', () => {
    const report = describeArchetype(
      ENGLISH_WORDS,
      tinyBank,
      scoreAnswers(tinyBank, endorseOnly(tinyBank, ['tech', 'infra']), SCORING_COPY),
    );
    expect(report).toMatchObject({
      name: 'Technologist',
      summary: 'Deep on technology.',
      advice: 'Learn the customer.',
      runnerUp: 'Generalist',
    });
    expect(report!.similarity).toBeGreaterThan(50);
  });

  it('is null when no competency was answered', () => {
    expect(
      describeArchetype(ENGLISH_WORDS, tinyBank, scoreAnswers(tinyBank, {}, SCORING_COPY)),
    ).toBeNull();
  });
});
