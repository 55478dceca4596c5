import { loadBank } from '@/lib/bank/load-bank';
import { loadPairing } from '@/lib/compare/load-pairing';
import { buildCompareSummary } from '@/lib/export/build-compare-summary';
import { renderCompareMarkdown } from '@/lib/export/render-compare-markdown';
import { loadSiteWords } from '@/lib/i18n/load-site-words';

import { v1AnswerSet, v1Bank } from './earlier-result';
import { fixedPair } from './fixed-pair';

/** The English words, as the English pages hand them. */
const ENGLISH = loadSiteWords('en');

const bank = loadBank();
const content = loadPairing(bank);
const shareUrl = 'https://role-fit.example/compare#c1~a~b~Alex~Sam';

describe('renderCompareMarkdown', () => {
  it('writes the whole comparison as headings, two tables and lists', () => {
    const summary = buildCompareSummary(ENGLISH, bank, content, fixedPair(bank), {
      date: '2026-11-28',
      shareUrl,
    });
    expect(renderCompareMarkdown(summary)).toMatchInlineSnapshot(`
      "# Role Fit: CTO and CPO — Alex and Sam compared

      2026-11-28 · 1 likely clash, 4 complements, 0 aligned, 1 not enough answers

      ## A workable pair with a few hot spots

      Most tensions look manageable, but the ones marked as clashes are where arguments or blind spots are most likely. Agree how you will handle those before the first real decision forces the question.

      > This comparison reads two sets of quiz answers side by side. It shows where two people are likely to pull in different directions and where they cover for each other; it cannot tell whether they will get on, and a clash named here is a topic to talk about, not a reason to part ways.

      ## Both fits side by side

      |  | Alex | Sam |
      | --- | ---: | ---: |
      | CTO fit | 66 / 100 (Solid) | 48 / 100 (Emerging) |
      | CPO fit | 44 / 100 (Not yet) | 69 / 100 (Solid) |
      | Reading | A clear lean towards the CTO role | A clear lean towards the CPO role |
      | Confidence | High confidence | High confidence |
      | Answered | 76 of 76, full form | 74 of 76, full form |

      Scores are positions on this quiz’s own 0–100 scale, not percentiles of other people.

      ## A natural split: one of you leans to technology, the other to product

      Your fits point in opposite directions, so the two seats divide without a debate. Keep the split explicit in job titles and in who decides what, and revisit it as the company grows.

      Alex fits the CTO seat better, Sam the CPO seat.

      ## The six tensions, as a pair

      Where each of you sits from technology-first (−100) to product-first (+100), what that tends to mean for the two of you, and practices that fit.

      ### Technical feasibility vs product viability: Complement

      **Healthy tension between possible and wanted.** Alex: Technology-first (−50); Sam: Balanced (+25).

      One of you brings the technical ambition, the other the test of whether customers care. Each question the other asks makes the plan better.

      Practices that fit:

      - Open every technical proposal with one sentence naming the customer problem it solves.
      - Hold a monthly session where engineering demos new capabilities and product shares customer pain points, looking for overlaps.
      - Judge proposals against one shared product vision rather than against each leader's favorite ideas.

      ### Speed vs quality: Likely clash

      **Both push to ship fast.** Alex: Technology-first (−100); Sam: Technology-first (−100).

      You both favour getting releases out quickly. You will move fast, but nobody naturally holds the line on polish, so quality problems may reach users before either of you notices.

      Practices that fit:

      - Name one person to own the release quality bar for each launch, with the right to hold it back.
      - Agree the launch quality bar together before the sprint starts.
      - Set milestones both leaders believe are achievable, with time built in to fix what testing finds.
      - Share progress and known defects every week so a delay never arrives as a surprise.

      ### Risk tolerance: Not enough answers

      **Not enough answers to compare.** Alex: Technology-first (−75); Sam: Not measured.

      At least one of you skipped the scenarios on this tension, so there is nothing to compare here yet. Answering them in the full form fills this in.

      Practices that fit:

      - Agree in advance which parts of the product may carry experimental technology and which must not.
      - Before a risky change, write down what failure would look like for users and who makes the call to roll back.
      - Review failed experiments to learn from them, not to blame whoever proposed them.

      ### Resource allocation: Complement

      **Healthy tension over where time goes.** Alex: Balanced (−25); Sam: Product-first (+50).

      One of you speaks for the platform and the other for features, from positions close enough to meet. An agreed split lets both sides get what matters most.

      Practices that fit:

      - Agree a standing split of engineering time, such as a fixed share for platform work, and review it each quarter.
      - Link every large request for budget or people to one of the goals both leaders have signed up to.
      - Show each other the full list of requests so each sees what the other is giving up.

      ### Data privacy vs ease of use: Complement

      **Healthy tension between protection and ease.** Alex: Balanced (−25); Sam: Product-first (+75).

      One of you watches over users' data, the other over how easy the product feels, and you are close enough to meet. Together you can design features that are both safe and simple.

      Practices that fit:

      - Bring security engineers into sign-up and checkout designs at the first sketch, not at final review.
      - Keep a shared list of which customer data each feature uses and why it needs it.
      - Measure how many users a security step actually loses before arguing about whether to keep it.

      ### Feature prioritization: Complement

      **Healthy tension over what comes first.** Alex: Technology-first (−50); Sam: Product-first (+75).

      One of you argues for what is new, the other for what is needed, from positions near enough to agree. The roadmap gets both fresh ideas and features users want.

      Practices that fit:

      - Score candidate features together on customer demand, technical value and effort before ranking them.
      - Give each leader time to argue for their top pick in a meeting where every view is heard.
      - Publish the ranking with its reasons so teams understand why their favorite slipped.

      ## Competencies side by side

      | Competency | Alex | Sam | Between you |
      | --- | ---: | ---: | --- |
      | Technology strategy | 75 | 25 | Alex is strong where Sam is behind. |
      | Technology and vendor evaluation | 75 | 25 | Alex is strong where Sam is behind. |
      | Security and data privacy | 75 | 25 | Alex is strong where Sam is behind. |
      | Scalability and reliability | 75 | 25 | Alex is strong where Sam is behind. |
      | Leading technical teams | 75 | 25 | Alex is strong where Sam is behind. |
      | Hands-on technical depth | 75 | 25 | Alex is strong where Sam is behind. |
      | Customer insight | 25 | 75 | Sam is strong where Alex is behind. |
      | Market research and opportunities | 25 | 75 | Sam is strong where Alex is behind. |
      | Product vision and roadmap | 25 | 75 | Sam is strong where Alex is behind. |
      | Pricing and packaging | 25 | 75 | Sam is strong where Alex is behind. |
      | Product analytics | 25 | 75 | Sam is strong where Alex is behind. |
      | Cross-functional leadership | 25 | 75 | Sam is strong where Alex is behind. |
      | Leadership | 63 | 75 | A strength you share. |
      | Communication | 63 | 75 | A strength you share. |
      | Strategic thinking | 63 | 75 | A strength you share. |
      | Decisions under pressure | 63 | 75 | A strength you share. |

      ---

      Compared with the question bank "role-fit", version 2.

      Open this comparison: https://role-fit.example/compare#c1~a~b~Alex~Sam
      "
    `);
  });

  it('escapes a pipe in a name so the tables keep their columns', () => {
    const [a, b] = fixedPair(bank);
    const summary = buildCompareSummary(ENGLISH, bank, content, [{ ...a, name: 'A|B' }, b], {
      date: '2026-11-28',
    });
    const markdown = renderCompareMarkdown(summary);
    expect(markdown).toContain('|  | A\\|B | Sam |');
    expect(markdown).not.toContain('Open this comparison');
  });
});

describe('renderCompareMarkdown when one person was scored with an earlier bank version', () => {
  const maya = { ...v1AnswerSet('platform-cto'), name: 'Maya', bank: v1Bank };
  const sam = fixedPair(bank)[1];
  const summary = buildCompareSummary(ENGLISH, bank, content, [maya, sam], { date: '2026-11-28' });
  const markdown = renderCompareMarkdown(summary);

  it('names whose result it is, in the pages’ words, below the title', () => {
    expect(markdown.slice(0, markdown.indexOf('## '))).toMatchInlineSnapshot(`
      "# Role Fit: CTO and CPO — Maya and Sam compared

      2026-11-28 · 2 likely clashes, 3 complements, 0 aligned, 1 not enough answers

      > **Maya:** Taken with an earlier version of the quiz (version 1; the current one is version 2). Its scores are shown exactly as they were then.
      >
      > Take the quiz again to see where you stand with the current version; your earlier result stays as it is.

      "
    `);
    expect(summary.people[1].earlierVersion).toBeNull();
  });

  it('closes by naming the version each person answered', () => {
    expect(markdown).toContain(
      'Compared with the question bank "role-fit": Maya answered version 1, Sam version 2.',
    );
  });

  it('says nothing of versions when both are of the current version', () => {
    const current = buildCompareSummary(ENGLISH, bank, content, fixedPair(bank), {
      date: '2026-11-28',
    });
    expect(renderCompareMarkdown(current)).not.toContain('earlier version');
    expect(renderCompareMarkdown(current)).toContain(
      'Compared with the question bank "role-fit", version 2.',
    );
  });
});
