import { buildCompetenciesView } from '@/lib/report/describe-competencies';
import { describeRangeGuide } from '@/lib/report/range-guide';
import { scoreAnswers } from '@/lib/scoring';
import { tinyBank } from '@/tests/fixtures/tiny-bank';
import { ENGLISH_WORDS } from '@/tests/support/english-words';
import { RESULT_COPY } from '@/lib/report/copy/result-copy';

describe('describeRangeGuide', () => {
  it('explains a range in one paragraph, saying the verdict calls an overlap within the margin', () => {
    expect(describeRangeGuide(RESULT_COPY, 2)).toMatchInlineSnapshot(`
      {
        "paragraph": "Every score comes with a range: where it probably lies, given your answers (nine times in ten). A score rests on only a handful of answers, so it cannot be exact. The range is worked out from how consistent the answers behind it are: answers that agree with each other give a narrow range, answers that pull different ways a wide one. So a 61 and a 58 whose ranges overlap may not differ at all; read them as about the same. When your CTO and CPO ranges overlap, the result says that your lean is within the margin rather than naming a side.",
        "title": "Why each score has a range",
      }
    `);
  });

  it('does not promise a within-margin verdict under the first scoring rules, which never give one', () => {
    expect(describeRangeGuide(RESULT_COPY, 1).paragraph).toMatchInlineSnapshot(
      `"Every score comes with a range: where it probably lies, given your answers (nine times in ten). A score rests on only a handful of answers, so it cannot be exact. The range is worked out from how consistent the answers behind it are: answers that agree with each other give a narrow range, answers that pull different ways a wide one. So a 61 and a 58 whose ranges overlap may not differ at all; read them as about the same. When your CTO and CPO ranges overlap, read the lean between them as within the margin, whatever side the headline names."`,
    );
  });
});

describe('the range legend', () => {
  it('names the bracket drawn on the charts', () => {
    const profile = scoreAnswers(tinyBank, {}, ENGLISH_WORDS.scoring);
    const view = buildCompetenciesView(ENGLISH_WORDS, tinyBank, profile);
    expect(view.legend.rangeBracket).toMatchInlineSnapshot(
      `"Range: where the score probably lies"`,
    );
  });
});
