import { loadBank } from '@/lib/bank/load-bank';
import { describeArchetypeRanking, firstSentence } from '@/lib/report/describe-archetypes';
import { scoreAnswers } from '@/lib/scoring';
import { endorseOnly } from '@/tests/fixtures/answer-builders';
import { tinyBank } from '@/tests/fixtures/tiny-bank';
import { SCORING_COPY } from '@/lib/scoring/scoring-copy';
import { ENGLISH_WORDS } from '@/tests/support/english-words';

describe('firstSentence', () => {
  it('keeps the text up to the end of its first sentence', () => {
    expect(firstSentence('You think in markets: who buys. Technology is for others.')).toBe(
      'You think in markets: who buys.',
    );
  });

  it('keeps a text of one sentence whole, with or without its full stop', () => {
    expect(firstSentence('Deep on technology.')).toBe('Deep on technology.');
    expect(firstSentence('Deep on technology')).toBe('Deep on technology');
  });

  it('does not end a sentence at a full stop inside a word, such as a version number', () => {
    expect(firstSentence('Knows v1.2 well. Then more.')).toBe('Knows v1.2 well.');
  });
});

describe('describeArchetypeRanking', () => {
  it('lists every archetype nearest first, with its closeness in words and a line about it', () => {
    const profile = scoreAnswers(tinyBank, endorseOnly(tinyBank, ['tech', 'infra']), SCORING_COPY);
    const ranking = describeArchetypeRanking(ENGLISH_WORDS, tinyBank, profile);
    expect(ranking.archetypes.map((a) => a.id)).toEqual(profile.archetypeRanking.map((m) => m.id));
    expect(ranking.archetypes.map((a) => [a.rankedName, a.closeness, a.badge, a.line])).toEqual([
      ['1. Technologist', '67 / 100 similar', 'nearest', 'Deep on technology.'],
      ['2. Generalist', '47 / 100 similar', null, 'A bit of everything.'],
      ['3. Product lead', '23 / 100 similar', null, 'Deep on customers.'],
    ]);
    expect(ranking.title).toMatchInlineSnapshot(`"How close you are to each archetype"`);
    expect(ranking.intro).toMatchInlineSnapshot(
      `"How closely your competency scores match each of the 3 reference profiles, nearest first: 100 would be the same profile. The nearest is described in full above."`,
    );
  });

  it('keeps the order of the engine’s ranking for every archetype of the real bank', () => {
    const bank = loadBank();
    const answers = endorseOnly(
      bank,
      bank.competencies.filter((c) => c.side === 'cpo').map((c) => c.id),
    );
    const profile = scoreAnswers(bank, answers, SCORING_COPY);
    const ranking = describeArchetypeRanking(ENGLISH_WORDS, bank, profile);
    expect(ranking.archetypes).toHaveLength(bank.archetypes.length);
    const similarities = ranking.archetypes.map((a) => a.similarity);
    expect(similarities).toEqual([...similarities].sort((a, b) => b - a));
    expect(ranking.archetypes.filter((a) => a.nearest).map((a) => a.rank)).toEqual([1]);
  });

  it('is empty, with a sentence to say why, when nothing was answered', () => {
    const ranking = describeArchetypeRanking(
      ENGLISH_WORDS,
      tinyBank,
      scoreAnswers(tinyBank, {}, SCORING_COPY),
    );
    expect(ranking.archetypes).toEqual([]);
    expect(ranking.empty).toMatchInlineSnapshot(
      `"No competency was answered, so there is nothing to compare with the archetypes."`,
    );
  });
});
