import { loadBank } from '@/lib/bank/load-bank';
import { buildComparisonView } from '@/lib/compare/build-comparison-view';
import { loadPairing } from '@/lib/compare/load-pairing';

import { v1AnswerSet, v1Bank } from '../export/earlier-result';
import { fixedPair } from '../export/fixed-pair';

const bank = loadBank();
const content = loadPairing(bank);
const [alex, sam] = fixedPair(bank);
const people = [
  { ...alex, code: 'CODE-OF-ALEX' },
  { ...sam, code: 'CODE-OF-SAM' },
] as const;

describe('buildComparisonView', () => {
  it('writes every sentence and number the comparison shows, from the copy and the engine', () => {
    // The engine's own report rides along for the PDF's identity; every word of it the
    // comparison shows is in the view itself.
    const { report, ...view } = buildComparisonView(bank, content, people, {
      date: '2026-11-28',
      shareUrl: 'https://role-fit.example/compare#c1~a~b~Alex~Sam',
    });
    expect(report.people[0].name).toBe('Alex');
    expect(view).toMatchInlineSnapshot(`
      {
        "bank": {
          "id": "role-fit",
          "version": 2,
        },
        "bankNote": "Compared with the question bank "role-fit", version 2.",
        "cautions": {
          "heading": "Read with care",
          "items": [],
        },
        "competencies": {
          "caption": "Competency scores of Alex and Sam",
          "chartSummary": "Competency scores of Alex and Sam on one 0 to 100 scale. Alex covers 6 of Sam’s gaps, Sam covers 6 of Alex’s; 4 strengths and 0 gaps are shared. The table below lists every score.",
          "columns": [
            "Competency",
            "Alex",
            "Sam",
            "Between you",
          ],
          "heading": "Competencies side by side",
          "intro": "Where one of you is strong and the other is not, the stronger one can cover the gap; a gap you share is worth hiring or growing for.",
          "rows": [
            {
              "cells": [
                "75",
                "25",
              ],
              "coverage": "first-covers",
              "id": "tech-strategy",
              "name": "Technology strategy",
              "note": "Alex is strong where Sam is behind.",
              "scores": [
                75,
                25,
              ],
            },
            {
              "cells": [
                "75",
                "25",
              ],
              "coverage": "first-covers",
              "id": "tech-evaluation",
              "name": "Technology and vendor evaluation",
              "note": "Alex is strong where Sam is behind.",
              "scores": [
                75,
                25,
              ],
            },
            {
              "cells": [
                "75",
                "25",
              ],
              "coverage": "first-covers",
              "id": "security-privacy",
              "name": "Security and data privacy",
              "note": "Alex is strong where Sam is behind.",
              "scores": [
                75,
                25,
              ],
            },
            {
              "cells": [
                "75",
                "25",
              ],
              "coverage": "first-covers",
              "id": "scalability-reliability",
              "name": "Scalability and reliability",
              "note": "Alex is strong where Sam is behind.",
              "scores": [
                75,
                25,
              ],
            },
            {
              "cells": [
                "75",
                "25",
              ],
              "coverage": "first-covers",
              "id": "tech-team-leadership",
              "name": "Leading technical teams",
              "note": "Alex is strong where Sam is behind.",
              "scores": [
                75,
                25,
              ],
            },
            {
              "cells": [
                "75",
                "25",
              ],
              "coverage": "first-covers",
              "id": "technical-depth",
              "name": "Hands-on technical depth",
              "note": "Alex is strong where Sam is behind.",
              "scores": [
                75,
                25,
              ],
            },
            {
              "cells": [
                "25",
                "75",
              ],
              "coverage": "second-covers",
              "id": "customer-insight",
              "name": "Customer insight",
              "note": "Sam is strong where Alex is behind.",
              "scores": [
                25,
                75,
              ],
            },
            {
              "cells": [
                "25",
                "75",
              ],
              "coverage": "second-covers",
              "id": "market-research",
              "name": "Market research and opportunities",
              "note": "Sam is strong where Alex is behind.",
              "scores": [
                25,
                75,
              ],
            },
            {
              "cells": [
                "25",
                "75",
              ],
              "coverage": "second-covers",
              "id": "product-vision",
              "name": "Product vision and roadmap",
              "note": "Sam is strong where Alex is behind.",
              "scores": [
                25,
                75,
              ],
            },
            {
              "cells": [
                "25",
                "75",
              ],
              "coverage": "second-covers",
              "id": "pricing-packaging",
              "name": "Pricing and packaging",
              "note": "Sam is strong where Alex is behind.",
              "scores": [
                25,
                75,
              ],
            },
            {
              "cells": [
                "25",
                "75",
              ],
              "coverage": "second-covers",
              "id": "product-analytics",
              "name": "Product analytics",
              "note": "Sam is strong where Alex is behind.",
              "scores": [
                25,
                75,
              ],
            },
            {
              "cells": [
                "25",
                "75",
              ],
              "coverage": "second-covers",
              "id": "cross-functional",
              "name": "Cross-functional leadership",
              "note": "Sam is strong where Alex is behind.",
              "scores": [
                25,
                75,
              ],
            },
            {
              "cells": [
                "63",
                "75",
              ],
              "coverage": "both-strong",
              "id": "leadership",
              "name": "Leadership",
              "note": "A strength you share.",
              "scores": [
                63,
                75,
              ],
            },
            {
              "cells": [
                "63",
                "75",
              ],
              "coverage": "both-strong",
              "id": "communication",
              "name": "Communication",
              "note": "A strength you share.",
              "scores": [
                63,
                75,
              ],
            },
            {
              "cells": [
                "63",
                "75",
              ],
              "coverage": "both-strong",
              "id": "strategic-thinking",
              "name": "Strategic thinking",
              "note": "A strength you share.",
              "scores": [
                63,
                75,
              ],
            },
            {
              "cells": [
                "63",
                "75",
              ],
              "coverage": "both-strong",
              "id": "decisions-under-pressure",
              "name": "Decisions under pressure",
              "note": "A strength you share.",
              "scores": [
                63,
                75,
              ],
            },
          ],
        },
        "counts": {
          "items": [
            {
              "count": 1,
              "kind": "clash",
              "text": "1 likely clash",
              "words": "likely clash",
            },
            {
              "count": 4,
              "kind": "complement",
              "text": "4 complements",
              "words": "complements",
            },
            {
              "count": 0,
              "kind": "aligned",
              "text": "0 aligned",
              "words": "aligned",
            },
            {
              "count": 1,
              "kind": "unknown",
              "text": "1 not enough answers",
              "words": "not enough answers",
            },
          ],
          "label": "The six tensions at a glance",
          "line": "1 likely clash, 4 complements, 0 aligned, 1 not enough answers",
        },
        "date": "2026-11-28",
        "earlier": null,
        "fits": {
          "chart": [
            {
              "bars": [
                {
                  "key": "a",
                  "label": "Alex · 66 Solid",
                  "score": 66,
                  "value": "66 / 100 · Solid",
                },
                {
                  "key": "b",
                  "label": "Sam · 48 Emerging",
                  "score": 48,
                  "value": "48 / 100 · Emerging",
                },
              ],
              "role": "cto",
              "title": "CTO fit",
            },
            {
              "bars": [
                {
                  "key": "a",
                  "label": "Alex · 44 Not yet",
                  "score": 44,
                  "value": "44 / 100 · Not yet",
                },
                {
                  "key": "b",
                  "label": "Sam · 69 Solid",
                  "score": 69,
                  "value": "69 / 100 · Solid",
                },
              ],
              "role": "cpo",
              "title": "CPO fit",
            },
          ],
          "chartSummary": "CTO fit: Alex 66, Sam 48. CPO fit: Alex 44, Sam 69. Out of 100.",
          "framing": "This comparison reads two sets of quiz answers side by side. It shows where two people are likely to pull in different directions and where they cover for each other; it cannot tell whether they will get on, and a clash named here is a topic to talk about, not a reason to part ways.",
          "framingLead": "How to read this.",
          "heading": "Both fits side by side",
          "notPercentile": "Scores are positions on this quiz’s own 0–100 scale, not percentiles of other people.",
          "rows": {
            "answered": "Answered",
            "confidence": "Confidence",
            "cpo": "CPO fit",
            "cto": "CTO fit",
            "reading": "Reading",
          },
        },
        "header": {
          "eyebrow": "Alex and Sam, compared",
          "lead": "Most tensions look manageable, but the ones marked as clashes are where arguments or blind spots are most likely. Agree how you will handle those before the first real decision forces the question.",
          "title": "A workable pair with a few hot spots",
        },
        "openLink": "Open this comparison: ",
        "people": [
          {
            "answered": 76,
            "answeredCell": "76 of 76, full form",
            "card": "High confidence · 76 of 76 answered, full form",
            "confidence": "High confidence",
            "earlierVersion": null,
            "fits": {
              "cpo": {
                "barLabel": "Alex · 44 Not yet",
                "barValue": "44 / 100 · Not yet",
                "cell": "44 / 100 (Not yet)",
                "level": "Not yet",
                "score": 44,
              },
              "cto": {
                "barLabel": "Alex · 66 Solid",
                "barValue": "66 / 100 · Solid",
                "cell": "66 / 100 (Solid)",
                "level": "Solid",
                "score": 66,
              },
            },
            "form": "full",
            "key": "a",
            "legend": {
              "plain": "Alex (circle)",
              "withBars": "Alex (circle, solid bars)",
            },
            "name": "Alex",
            "result": {
              "href": "/results#CODE-OF-ALEX",
              "label": "Open Alex’s full result",
            },
            "total": 76,
            "verdict": "A clear lean towards the CTO role",
          },
          {
            "answered": 74,
            "answeredCell": "74 of 76, full form",
            "card": "High confidence · 74 of 76 answered, full form",
            "confidence": "High confidence",
            "earlierVersion": null,
            "fits": {
              "cpo": {
                "barLabel": "Sam · 69 Solid",
                "barValue": "69 / 100 · Solid",
                "cell": "69 / 100 (Solid)",
                "level": "Solid",
                "score": 69,
              },
              "cto": {
                "barLabel": "Sam · 48 Emerging",
                "barValue": "48 / 100 · Emerging",
                "cell": "48 / 100 (Emerging)",
                "level": "Emerging",
                "score": 48,
              },
            },
            "form": "full",
            "key": "b",
            "legend": {
              "plain": "Sam (square)",
              "withBars": "Sam (square, hatched bars)",
            },
            "name": "Sam",
            "result": {
              "href": "/results#CODE-OF-SAM",
              "label": "Open Sam’s full result",
            },
            "total": 76,
            "verdict": "A clear lean towards the CPO role",
          },
        ],
        "seats": {
          "headline": "A natural split: one of you leans to technology, the other to product",
          "suggestion": "Alex fits the CTO seat better, Sam the CPO seat.",
          "summary": "Your fits point in opposite directions, so the two seats divide without a debate. Keep the split explicit in job titles and in who decides what, and revisit it as the company grows.",
        },
        "shareUrl": "https://role-fit.example/compare#c1~a~b~Alex~Sam",
        "tensions": {
          "heading": "The six tensions, as a pair",
          "intro": {
            "markdown": "Where each of you sits from technology-first (−100) to product-first (+100), what that tends to mean for the two of you, and practices that fit.",
            "page": "Where each of you sits between technology-first and product-first on the six tensions between the two roles: Alex as a circle above the line, Sam as a square below it.",
            "pdf": "Where each of you sits from technology-first (−100) to product-first (+100): Alex as a circle, Sam as a square.",
          },
          "items": [
            {
              "headline": "Healthy tension between possible and wanted",
              "id": "feasibility-viability",
              "kind": "complement",
              "kindLabel": "Complement",
              "name": "Technical feasibility vs product viability",
              "placed": [
                "Technology-first (−50)",
                "Balanced (+25)",
              ],
              "placedWithNames": [
                "Alex: Technology-first (−50)",
                "Sam: Balanced (+25)",
              ],
              "placements": "Alex: Technology-first (−50); Sam: Balanced (+25)",
              "positions": [
                -50,
                25,
              ],
              "practices": [
                "Open every technical proposal with one sentence naming the customer problem it solves.",
                "Hold a monthly session where engineering demos new capabilities and product shares customer pain points, looking for overlaps.",
                "Judge proposals against one shared product vision rather than against each leader's favorite ideas.",
              ],
              "reason": "One of you brings the technical ambition, the other the test of whether customers care. Each question the other asks makes the plan better.",
            },
            {
              "headline": "Both push to ship fast",
              "id": "speed-quality",
              "kind": "clash",
              "kindLabel": "Likely clash",
              "name": "Speed vs quality",
              "placed": [
                "Technology-first (−100)",
                "Technology-first (−100)",
              ],
              "placedWithNames": [
                "Alex: Technology-first (−100)",
                "Sam: Technology-first (−100)",
              ],
              "placements": "Alex: Technology-first (−100); Sam: Technology-first (−100)",
              "positions": [
                -100,
                -100,
              ],
              "practices": [
                "Name one person to own the release quality bar for each launch, with the right to hold it back.",
                "Agree the launch quality bar together before the sprint starts.",
                "Set milestones both leaders believe are achievable, with time built in to fix what testing finds.",
                "Share progress and known defects every week so a delay never arrives as a surprise.",
              ],
              "reason": "You both favour getting releases out quickly. You will move fast, but nobody naturally holds the line on polish, so quality problems may reach users before either of you notices.",
            },
            {
              "headline": "Not enough answers to compare",
              "id": "risk-tolerance",
              "kind": "unknown",
              "kindLabel": "Not enough answers",
              "name": "Risk tolerance",
              "placed": [
                "Technology-first (−75)",
                "Not measured",
              ],
              "placedWithNames": [
                "Alex: Technology-first (−75)",
                "Sam: Not measured",
              ],
              "placements": "Alex: Technology-first (−75); Sam: Not measured",
              "positions": [
                -75,
                null,
              ],
              "practices": [
                "Agree in advance which parts of the product may carry experimental technology and which must not.",
                "Before a risky change, write down what failure would look like for users and who makes the call to roll back.",
                "Review failed experiments to learn from them, not to blame whoever proposed them.",
              ],
              "reason": "At least one of you skipped the scenarios on this tension, so there is nothing to compare here yet. Answering them in the full form fills this in.",
            },
            {
              "headline": "Healthy tension over where time goes",
              "id": "resource-allocation",
              "kind": "complement",
              "kindLabel": "Complement",
              "name": "Resource allocation",
              "placed": [
                "Balanced (−25)",
                "Product-first (+50)",
              ],
              "placedWithNames": [
                "Alex: Balanced (−25)",
                "Sam: Product-first (+50)",
              ],
              "placements": "Alex: Balanced (−25); Sam: Product-first (+50)",
              "positions": [
                -25,
                50,
              ],
              "practices": [
                "Agree a standing split of engineering time, such as a fixed share for platform work, and review it each quarter.",
                "Link every large request for budget or people to one of the goals both leaders have signed up to.",
                "Show each other the full list of requests so each sees what the other is giving up.",
              ],
              "reason": "One of you speaks for the platform and the other for features, from positions close enough to meet. An agreed split lets both sides get what matters most.",
            },
            {
              "headline": "Healthy tension between protection and ease",
              "id": "privacy-usability",
              "kind": "complement",
              "kindLabel": "Complement",
              "name": "Data privacy vs ease of use",
              "placed": [
                "Balanced (−25)",
                "Product-first (+75)",
              ],
              "placedWithNames": [
                "Alex: Balanced (−25)",
                "Sam: Product-first (+75)",
              ],
              "placements": "Alex: Balanced (−25); Sam: Product-first (+75)",
              "positions": [
                -25,
                75,
              ],
              "practices": [
                "Bring security engineers into sign-up and checkout designs at the first sketch, not at final review.",
                "Keep a shared list of which customer data each feature uses and why it needs it.",
                "Measure how many users a security step actually loses before arguing about whether to keep it.",
              ],
              "reason": "One of you watches over users' data, the other over how easy the product feels, and you are close enough to meet. Together you can design features that are both safe and simple.",
            },
            {
              "headline": "Healthy tension over what comes first",
              "id": "feature-prioritisation",
              "kind": "complement",
              "kindLabel": "Complement",
              "name": "Feature prioritization",
              "placed": [
                "Technology-first (−50)",
                "Product-first (+75)",
              ],
              "placedWithNames": [
                "Alex: Technology-first (−50)",
                "Sam: Product-first (+75)",
              ],
              "placements": "Alex: Technology-first (−50); Sam: Product-first (+75)",
              "positions": [
                -50,
                75,
              ],
              "practices": [
                "Score candidate features together on customer demand, technical value and effort before ranking them.",
                "Give each leader time to argue for their top pick in a meeting where every view is heard.",
                "Publish the ranking with its reasons so teams understand why their favorite slipped.",
              ],
              "reason": "One of you argues for what is new, the other for what is needed, from positions near enough to agree. The roadmap gets both fresh ideas and features users want.",
            },
          ],
          "practicesTitle": "Practices that fit",
          "scaleEnds": {
            "product": "product-first",
            "technology": "technology-first",
          },
        },
        "title": "Role Fit: CTO and CPO — Alex and Sam compared",
      }
    `);
  });

  it('has no date, link or result links when the caller has none', () => {
    const view = buildComparisonView(bank, content, [alex, sam]);
    expect(view.date).toBeNull();
    expect(view.shareUrl).toBeNull();
    expect(view.people.map((p) => p.result)).toEqual([null, null]);
  });

  it('names whose result was taken with an earlier bank version, and each version at the end', () => {
    const maya = { ...v1AnswerSet('platform-cto'), name: 'Maya', bank: v1Bank };
    const view = buildComparisonView(bank, content, [maya, sam]);
    expect(view.earlier?.notes.map((n) => n.name)).toEqual(['Maya']);
    expect(view.people[1].earlierVersion).toBeNull();
    expect(view.bankNote).toBe(
      'Compared with the question bank "role-fit": Maya answered version 1, Sam version 2.',
    );
  });

  it('counts each kind of pairing in the singular or the plural', () => {
    const view = buildComparisonView(bank, content, people);
    expect(view.counts.line).toBe('1 likely clash, 4 complements, 0 aligned, 1 not enough answers');
  });
});
