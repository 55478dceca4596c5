import { loadBank } from '@/lib/bank/load-bank';
import { parseBank } from '@/lib/bank/parse-bank';
import { buildSummary, renderMarkdown } from '@/lib/export';
import { describeEarlierVersion } from '@/lib/versions/describe-earlier-version';
import { tinyBank, tinyBankContent } from '@/tests/fixtures/tiny-bank';

import { v1AnswerSet, v1Bank } from './earlier-result';
import { fixedAnswers } from './fixed-answers';
import { fixedPair } from './fixed-pair';
import { VERSIONS_COPY } from '@/lib/versions/versions-copy';
import { ENGLISH_WORDS } from '@/tests/support/english-words';

const date = '2026-11-28';

describe('renderMarkdown', () => {
  it('writes the whole report as headings, a competency table and lists', () => {
    const summary = buildSummary(ENGLISH_WORDS, tinyBank, fixedAnswers, 'full', {
      date,
      shareUrl: 'https://role-fit.example/results#1.3.f.abc.Xy',
    });
    expect(renderMarkdown(summary)).toMatchInlineSnapshot(`
      "# Tiny test bank — your result

      2026-11-28 · full form · 13 of 17 questions answered

      ## A clear lean towards the CTO role

      Your CTO fit is 84 and your CPO fit is 52 out of 100. You are drawn to building and running technology: systems, architecture and the engineers behind them. For the CTO role that is a strong match.

      ## Your fit for each role

      | Role | Fit | Range | Level | What it means |
      | --- | ---: | ---: | --- | --- |
      | CTO | 84 / 100 | 72–95 | Strong | Your answers match most of what the role asks for. |
      | CPO | 52 / 100 | 40–64 | Emerging | Some of the role is there; clear gaps remain. |

      Scores are positions on this quiz’s own 0–100 scale, not percentiles of other people.

      **Why each score has a range.** Every score comes with a range: where it probably lies, given your answers (nine times in ten). A score rests on only a handful of answers, so it cannot be exact. The range is worked out from how consistent the answers behind it are: answers that agree with each other give a narrow range, answers that pull different ways a wide one. So a 61 and a 58 whose ranges overlap may not differ at all; read them as about the same. When your CTO and CPO ranges overlap, read the lean between them as within the margin, whatever side the headline names.

      ## How firm is this? Medium confidence

      Read the result as a first sketch: something below makes it less firm than it could be.

      - **You answered 13 of 17 questions.** Go back and answer the rest; every missing answer leaves part of the profile unmeasured.
      - **One competency has no answers: Competency market.** Answer at least one statement about each of them so that the fit scores weigh every competency.

      ## Nearest archetype: Technologist

      82 / 100 similar; next nearest: Generalist.

      Deep on technology.

      **What to do with it:** Learn the customer.

      ## How close you are to each archetype

      How closely your competency scores match each of the 3 reference profiles, nearest first: 100 would be the same profile. The nearest is described in full above.

      | Rank | Archetype | Closeness | In a line |
      | ---: | --- | ---: | --- |
      | 1 | Technologist | 82 / 100 | Deep on technology. |
      | 2 | Generalist | 75 / 100 | A bit of everything. |
      | 3 | Product lead | 52 / 100 | Deep on customers. |

      ## Competencies

      | Competency | Score | Range | Answered | CTO role | CPO role |
      | --- | ---: | ---: | ---: | --- | --- |
      | Competency tech | 83 | 67–100 | 3 of 3 | essential | peripheral |
      | Competency infra | 75 | 58–92 | 3 of 3 | essential | useful |
      | Competency customer | 33 | 17–50 | 3 of 3 | peripheral | essential |
      | Competency market | not measured |  | 0 of 3 | useful | essential |
      | Competency lead | 92 | 75–100 | 3 of 3 | important | important |

      The role columns say how much each role relies on the competency.

      ## Strengths, measured against the CTO role

      ### Competency lead

      You scored 92. It is important to the CTO role, which expects about 60.

      Next steps:

      - First step for lead.
      - Second step for lead.

      ### Competency tech

      You scored 83. It is essential to the CTO role, which expects about 70.

      Next steps:

      - First step for tech.
      - Second step for tech.

      ### Competency infra

      You scored 75. It is essential to the CTO role, which expects about 70.

      Next steps:

      - First step for infra.
      - Second step for infra.

      ## Growth areas, measured against the CTO role

      No competency that matters here falls short of what is expected.

      ## Tensions between technology and product

      Where you sit from technology-first (−100) to product-first (+100), and practices that help a CTO and a CPO work through it.

      ### Tension speed: Technology-first (−100)

      - One practice.
      - Another practice.

      ### Tension risk: Not measured

      - One practice.
      - Another practice.

      ---

      Answered with the question bank "tiny", version 3, full form.

      Open this result: https://role-fit.example/results#1.3.f.abc.Xy
      "
    `);
  });

  it('says so when nothing was answered, instead of naming an archetype', () => {
    const markdown = renderMarkdown(buildSummary(ENGLISH_WORDS, tinyBank, {}, 'short', { date }));
    expect(markdown).toContain('## Nothing to score yet');
    expect(markdown).toContain(
      'No competency was answered, so there is nothing to compare with the archetypes.',
    );
    expect(markdown).toContain(
      '| Competency tech | not measured |  | 0 of 2 | essential | peripheral |',
    );
    expect(markdown).not.toContain('How close you are to each archetype');
    expect(markdown).not.toContain('Open this result');
  });

  it('keeps a pipe or a line break in a name from breaking the table', () => {
    const bank = parseBank({
      ...tinyBankContent,
      competencies: tinyBankContent.competencies.map((c) =>
        c.id === 'tech' ? { ...c, name: 'Build | buy\nor partner' } : c,
      ),
    });
    const markdown = renderMarkdown(
      buildSummary(ENGLISH_WORDS, bank, fixedAnswers, 'full', { date }),
    );
    expect(markdown).toContain('| Build \\| buy or partner | 83 |');
  });
});

describe('renderMarkdown of a result taken with an earlier bank version', () => {
  const { form, answers } = v1AnswerSet('data-engineer');
  const markdown = renderMarkdown(buildSummary(ENGLISH_WORDS, v1Bank, answers, form, { date }));

  it('says below the title, in the pages’ words, that it was taken with an earlier version', () => {
    expect(markdown.slice(0, markdown.indexOf('## Your fit'))).toMatchInlineSnapshot(`
      "# Role Fit: CTO and CPO — your result

      2026-11-28 · full form · 76 of 76 questions answered

      > Taken with an earlier version of the quiz (version 1; the current one is version 2). Its scores are shown exactly as they were then.
      >
      > Take the quiz again to see where you stand with the current version; your earlier result stays as it is.

      ## Leaning towards the CTO role

      Your CTO fit is 50 and your CPO fit is 39 out of 100. You lean to building and running technology: systems, architecture and the engineers behind them, but the CPO side is not far behind. For the CTO role that is an early match with clear gaps.

      "
    `);
    expect(markdown).toContain(describeEarlierVersion(VERSIONS_COPY.earlier, 1).notice);
  });

  it('still names the version it was answered with at the end', () => {
    expect(markdown.slice(markdown.lastIndexOf('---'))).toMatchInlineSnapshot(`
      "---

      Answered with the question bank "role-fit", version 1, full form.
      "
    `);
  });

  it('says nothing of versions for a result of the current version', () => {
    const bank = loadBank();
    const [person] = fixedPair(bank);
    const current = renderMarkdown(
      buildSummary(ENGLISH_WORDS, bank, person.answers, person.form, { date }),
    );
    expect(current).not.toContain('earlier version');
    expect(current).not.toContain(describeEarlierVersion(VERSIONS_COPY.earlier, 1).retake);
  });
});
