import { ENGLISH_WORDS } from '@/tests/support/english-words';
import { buildResultView } from '@/lib/report/result-view';
import { scoreAnswers } from '@/lib/scoring';
import { tinyBank } from '@/tests/fixtures/tiny-bank';
import { fixedAnswers } from '@/tests/lib/export/fixed-answers';
import { SCORING_COPY } from '@/lib/scoring/scoring-copy';

/** The object without the given keys, for a snapshot that leaves out what is shown elsewhere. */
function without(value: object, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)));
}

describe('buildResultView', () => {
  const profile = scoreAnswers(tinyBank, fixedAnswers, SCORING_COPY, { form: 'full' });

  it('says everything a result shows in words and numbers, so that any change of wording shows here', () => {
    const view = buildResultView(ENGLISH_WORDS, tinyBank, profile);
    // The ranked list and the reading guide's table repeat rows shown in full elsewhere in the view.
    expect(view.competencies.ranked.map((row) => row.id)).toEqual([
      'lead',
      'tech',
      'infra',
      'customer',
      'market',
    ]);
    expect(view.readingGuide.levels.bands).toEqual(view.fits.levels);
    const { levels } = view.readingGuide;
    // The bank's own words about each tension pass through as they are (describe-tensions tests).
    const tensionRows = view.tensions.rows.map((row) =>
      without(row, ['summary', 'sides', 'resolution', 'practices']),
    );
    expect({
      ...view,
      competencies: without(view.competencies, ['ranked']),
      tensions: { ...view.tensions, rows: tensionRows },
      readingGuide: { ...view.readingGuide, levels: { ...levels, bands: '(as fits.levels)' } },
    }).toMatchInlineSnapshot(`
      {
        "archetype": {
          "adviceLabel": "What to do with it",
          "empty": "No competency was answered, so there is nothing to compare with the archetypes.",
          "exportHeading": "Nearest archetype: Technologist",
          "heading": "Your nearest archetype",
          "nearest": {
            "advice": "Learn the customer.",
            "closeness": "82 / 100 similar; next nearest: Generalist",
            "id": "technologist",
            "name": "Technologist",
            "runnerUp": "Generalist",
            "similarity": 82,
            "summary": "Deep on technology.",
          },
        },
        "archetypeRanking": {
          "archetypes": [
            {
              "badge": "nearest",
              "closeness": "82 / 100 similar",
              "id": "technologist",
              "line": "Deep on technology.",
              "name": "Technologist",
              "nearest": true,
              "rank": 1,
              "rankedName": "1. Technologist",
              "similarity": 82,
              "similarityText": "82 / 100",
            },
            {
              "badge": null,
              "closeness": "75 / 100 similar",
              "id": "generalist",
              "line": "A bit of everything.",
              "name": "Generalist",
              "nearest": false,
              "rank": 2,
              "rankedName": "2. Generalist",
              "similarity": 75,
              "similarityText": "75 / 100",
            },
            {
              "badge": null,
              "closeness": "52 / 100 similar",
              "id": "product-lead",
              "line": "Deep on customers.",
              "name": "Product lead",
              "nearest": false,
              "rank": 3,
              "rankedName": "3. Product lead",
              "similarity": 52,
              "similarityText": "52 / 100",
            },
          ],
          "columns": {
            "archetype": "Archetype",
            "closeness": "Closeness",
            "line": "In a line",
            "rank": "Rank",
          },
          "empty": "No competency was answered, so there is nothing to compare with the archetypes.",
          "intro": "How closely your competency scores match each of the 3 reference profiles, nearest first: 100 would be the same profile. The nearest is described in full above.",
          "title": "How close you are to each archetype",
        },
        "competencies": {
          "chartSummary": "Bar chart of your score on each of 5 competencies, each bar with the range it probably lies in, and markers for where the CTO and the CPO role would ideally be. Highest: Competency lead 92 (range 75–100), Competency tech 83 (range 67–100). Lowest: Competency customer 33 (range 17–50), Competency infra 75 (range 58–92). 1 competency was not measured. The table below the chart lists every value and range.",
          "exportWords": {
            "chartTitle": "Competencies against each role’s ideal",
            "columns": {
              "answered": "Answered",
              "competency": "Competency",
              "cpo": "CPO role",
              "cto": "CTO role",
              "range": "Range",
              "score": "Score",
            },
            "note": "The role columns say how much each role relies on the competency.",
            "tableTitle": "Competency table",
            "title": "Competencies",
          },
          "intro": "Your score on each of the 5 competencies the two roles draw on, with where each role would ideally be: the more a role relies on a competency, the further right its marker.",
          "legend": {
            "bar": "Bar: your score (0–100)",
            "cpoIdeal": "CPO ideal (below the bar)",
            "ctoIdeal": "CTO ideal (above the bar)",
            "notMeasured": "not measured",
            "range": "its range",
            "rangeBracket": "Range: where the score probably lies",
            "score": "Your score",
          },
          "notMeasuredTitle": "Not measured",
          "outOfSuffix": " / 100",
          "rankedTitle": "From your strongest competency to your weakest",
          "rows": [
            {
              "answered": 3,
              "answeredSentence": "3 of 3 questions answered",
              "answeredText": "3 of 3",
              "chartValue": "83 (67–100)",
              "id": "tech",
              "ideal": {
                "cpo": 0,
                "cto": 100,
              },
              "importance": {
                "cpo": "peripheral",
                "cto": "essential",
              },
              "importanceText": {
                "cpo": "peripheral",
                "cto": "essential",
              },
              "measured": true,
              "name": "Competency tech",
              "range": {
                "high": 100,
                "low": 67,
              },
              "rangeLabel": "range 67–100",
              "rangeText": "67–100",
              "score": 83,
              "scoreText": "83",
              "summary": "What tech means.",
              "total": 3,
              "why": {
                "cpo": "Why tech matters to a CPO.",
                "cto": "Why tech matters to a CTO.",
              },
              "whyTitle": {
                "cpo": "For a CPO (peripheral)",
                "cto": "For a CTO (essential)",
              },
            },
            {
              "answered": 3,
              "answeredSentence": "3 of 3 questions answered",
              "answeredText": "3 of 3",
              "chartValue": "75 (58–92)",
              "id": "infra",
              "ideal": {
                "cpo": 33,
                "cto": 100,
              },
              "importance": {
                "cpo": "useful",
                "cto": "essential",
              },
              "importanceText": {
                "cpo": "useful",
                "cto": "essential",
              },
              "measured": true,
              "name": "Competency infra",
              "range": {
                "high": 92,
                "low": 58,
              },
              "rangeLabel": "range 58–92",
              "rangeText": "58–92",
              "score": 75,
              "scoreText": "75",
              "summary": "What infra means.",
              "total": 3,
              "why": {
                "cpo": "Why infra matters to a CPO.",
                "cto": "Why infra matters to a CTO.",
              },
              "whyTitle": {
                "cpo": "For a CPO (useful)",
                "cto": "For a CTO (essential)",
              },
            },
            {
              "answered": 3,
              "answeredSentence": "3 of 3 questions answered",
              "answeredText": "3 of 3",
              "chartValue": "33 (17–50)",
              "id": "customer",
              "ideal": {
                "cpo": 100,
                "cto": 0,
              },
              "importance": {
                "cpo": "essential",
                "cto": "peripheral",
              },
              "importanceText": {
                "cpo": "essential",
                "cto": "peripheral",
              },
              "measured": true,
              "name": "Competency customer",
              "range": {
                "high": 50,
                "low": 17,
              },
              "rangeLabel": "range 17–50",
              "rangeText": "17–50",
              "score": 33,
              "scoreText": "33",
              "summary": "What customer means.",
              "total": 3,
              "why": {
                "cpo": "Why customer matters to a CPO.",
                "cto": "Why customer matters to a CTO.",
              },
              "whyTitle": {
                "cpo": "For a CPO (essential)",
                "cto": "For a CTO (peripheral)",
              },
            },
            {
              "answered": 0,
              "answeredSentence": "0 of 3 questions answered",
              "answeredText": "0 of 3",
              "chartValue": null,
              "id": "market",
              "ideal": {
                "cpo": 100,
                "cto": 33,
              },
              "importance": {
                "cpo": "essential",
                "cto": "useful",
              },
              "importanceText": {
                "cpo": "essential",
                "cto": "useful",
              },
              "measured": false,
              "name": "Competency market",
              "range": null,
              "rangeLabel": null,
              "rangeText": null,
              "score": null,
              "scoreText": "not measured",
              "summary": "What market means.",
              "total": 3,
              "why": {
                "cpo": "Why market matters to a CPO.",
                "cto": "Why market matters to a CTO.",
              },
              "whyTitle": {
                "cpo": "For a CPO (essential)",
                "cto": "For a CTO (useful)",
              },
            },
            {
              "answered": 3,
              "answeredSentence": "3 of 3 questions answered",
              "answeredText": "3 of 3",
              "chartValue": "92 (75–100)",
              "id": "lead",
              "ideal": {
                "cpo": 67,
                "cto": 67,
              },
              "importance": {
                "cpo": "important",
                "cto": "important",
              },
              "importanceText": {
                "cpo": "important",
                "cto": "important",
              },
              "measured": true,
              "name": "Competency lead",
              "range": {
                "high": 100,
                "low": 75,
              },
              "rangeLabel": "range 75–100",
              "rangeText": "75–100",
              "score": 92,
              "scoreText": "92",
              "summary": "What lead means.",
              "total": 3,
              "why": {
                "cpo": "Why lead matters to a CPO.",
                "cto": "Why lead matters to a CTO.",
              },
              "whyTitle": {
                "cpo": "For a CPO (important)",
                "cto": "For a CTO (important)",
              },
            },
          ],
          "table": {
            "caption": "Competency scores and role ideals",
            "columns": [
              "Competency",
              "Your score",
              "Range",
              "CTO ideal",
              "CPO ideal",
            ],
            "toggle": "Show the chart as a table",
          },
          "title": "Your competency profile",
        },
        "confidence": {
          "basis": "It rests on 13 of the 17 questions of the full form.",
          "exportHeading": "How firm is this? Medium confidence",
          "heading": "How firm is this?",
          "level": "medium",
          "meaning": "Read the result as a first sketch: something below makes it less firm than it could be.",
          "reasons": [
            {
              "advice": "Go back and answer the rest; every missing answer leaves part of the profile unmeasured.",
              "code": "incomplete",
              "level": "medium",
              "message": "You answered 13 of 17 questions.",
            },
            {
              "advice": "Answer at least one statement about each of them so that the fit scores weigh every competency.",
              "code": "competency-unanswered",
              "level": "medium",
              "message": "One competency has no answers: Competency market.",
            },
          ],
          "title": "Medium confidence",
        },
        "fits": {
          "chartNote": "The vertical lines mark where each level starts; the CPO bar is hatched; the bracket across the end of each bar spans its range.",
          "chartSummary": "Bar chart of your fit on a 0 to 100 scale, each bar with the range it probably lies in: CTO 84 (strong, range 72–95), CPO 52 (emerging, range 40–64).",
          "columns": {
            "fit": "Fit",
            "level": "Level",
            "meaning": "What it means",
            "range": "Range",
            "role": "Role",
          },
          "cpo": {
            "label": "CPO fit",
            "level": "Emerging",
            "meaning": "Some of the role is there; clear gaps remain.",
            "range": {
              "high": 64,
              "low": 40,
            },
            "rangeLabel": "range 40–64",
            "rangeText": "40–64",
            "role": "cpo",
            "roleName": "CPO",
            "score": 52,
            "scoreText": "52 / 100",
          },
          "cto": {
            "label": "CTO fit",
            "level": "Strong",
            "meaning": "Your answers match most of what the role asks for.",
            "range": {
              "high": 95,
              "low": 72,
            },
            "rangeLabel": "range 72–95",
            "rangeText": "72–95",
            "role": "cto",
            "roleName": "CTO",
            "score": 84,
            "scoreText": "84 / 100",
          },
          "levels": [
            {
              "label": "Strong",
              "level": "strong",
              "max": 100,
              "meaning": "Your answers match most of what the role asks for.",
              "min": 70,
              "range": "70+",
            },
            {
              "label": "Solid",
              "level": "solid",
              "max": 69,
              "meaning": "A real match, with a few gaps worth working on.",
              "min": 55,
              "range": "55–69",
            },
            {
              "label": "Emerging",
              "level": "emerging",
              "max": 54,
              "meaning": "Some of the role is there; clear gaps remain.",
              "min": 45,
              "range": "45–54",
            },
            {
              "label": "Not yet",
              "level": "low",
              "max": 44,
              "meaning": "The role does not match how you work today.",
              "min": 0,
              "range": "below 45",
            },
          ],
          "levelsLabel": "Fit levels",
          "notPercentile": "Scores are positions on this quiz’s own 0–100 scale, not percentiles of other people.",
          "outOfSuffix": " / 100",
          "ticks": [
            0,
            45,
            55,
            70,
            100,
          ],
          "title": "Your fit for each role",
        },
        "focusAreas": {
          "growthAreas": {
            "empty": "Nothing that matters to the CTO role falls short of what the role expects.",
            "exportEmpty": "No competency that matters here falls short of what is expected.",
            "exportTitle": "Growth areas, measured against the CTO role",
            "items": [],
            "stepsTitle": "Next steps",
            "title": "Growth areas",
          },
          "intro": {
            "after": ", the one you lean to: only competencies that matter to it count.",
            "before": "Measured against ",
            "strong": "the CTO role",
          },
          "measuredAgainst": "the CTO role",
          "nextSteps": "Next steps",
          "strengths": {
            "empty": "None of the competencies that matter most to the CTO role scored 70 or more yet.",
            "exportEmpty": "No competency that matters here stands out as a strength yet.",
            "exportTitle": "Strengths, measured against the CTO role",
            "items": [
              {
                "comparison": "You scored 92. It is important to the CTO role, which expects about 60.",
                "expected": 60,
                "exportHeading": "Competency lead — 92",
                "id": "lead",
                "importance": 2,
                "importanceWord": "important",
                "name": "Competency lead",
                "nextSteps": [
                  "First step for lead.",
                  "Second step for lead.",
                ],
                "score": 92,
              },
              {
                "comparison": "You scored 83. It is essential to the CTO role, which expects about 70.",
                "expected": 70,
                "exportHeading": "Competency tech — 83",
                "id": "tech",
                "importance": 3,
                "importanceWord": "essential",
                "name": "Competency tech",
                "nextSteps": [
                  "First step for tech.",
                  "Second step for tech.",
                ],
                "score": 83,
              },
              {
                "comparison": "You scored 75. It is essential to the CTO role, which expects about 70.",
                "expected": 70,
                "exportHeading": "Competency infra — 75",
                "id": "infra",
                "importance": 3,
                "importanceWord": "essential",
                "name": "Competency infra",
                "nextSteps": [
                  "First step for infra.",
                  "Second step for infra.",
                ],
                "score": 75,
              },
            ],
            "stepsTitle": "To build on it",
            "title": "Strengths to build on",
          },
          "threshold": 70,
          "title": "Strengths and growth areas",
        },
        "readingGuide": {
          "caution": "Role Fit is a tool for reflection and for conversations with a mentor or manager, not a hiring decision and not a measure of your worth. It sees only what you say about yourself today, and people grow into these roles.",
          "levels": {
            "bands": "(as fits.levels)",
            "caption": "Fit levels",
            "columns": {
              "fit": "Fit",
              "level": "Level",
              "meaning": "What it means",
            },
          },
          "range": {
            "paragraph": "Every score comes with a range: where it probably lies, given your answers (nine times in ten). A score rests on only a handful of answers, so it cannot be exact. The range is worked out from how consistent the answers behind it are: answers that agree with each other give a narrow range, answers that pull different ways a wide one. So a 61 and a 58 whose ranges overlap may not differ at all; read them as about the same. When your CTO and CPO ranges overlap, read the lean between them as within the margin, whatever side the headline names.",
            "title": "Why each score has a range",
          },
          "scale": {
            "after": ", worked out from your answers alone. It is not a percentile: it does not compare you with other people, so a fit of 60 does not mean you did better than 60% of anyone.",
            "before": "Every score is a ",
            "strong": "position on Role Fit’s own 0–100 scale",
          },
          "title": "How to read these numbers",
          "weights": "A role’s fit weighs each competency by how much that role relies on it, and adds how closely your choices in the workplace scenarios match the role’s instincts.",
        },
        "tensions": {
          "axis": {
            "balanced": "Balanced",
            "product": "Product-first ▶",
            "tech": "◀ Technology-first",
          },
          "chartSummary": "Diverging bar chart of where you sit on 2 tensions, from technology-first (−100) to product-first (+100). Tension speed: technology-first (−100); Tension risk: not measured.",
          "exportIntro": "Where you sit from technology-first (−100) to product-first (+100), and practices that help a CTO and a CPO work through it.",
          "exportTitle": "Tensions between technology and product",
          "intro": "A CTO and a CPO pull in different directions on the same questions. Your choices in the workplace scenarios place you between technology-first (left, −100) and product-first (right, +100); the middle is balanced. Neither end is wrong: what matters is knowing your pull and working well with someone who has the other.",
          "practicesTitle": "Practices that defuse it",
          "resolutionLabel": "How a good pair resolves it:",
          "rows": [
            {
              "answered": 1,
              "answeredText": "1 of 1 scenario",
              "exportHeading": "Tension speed: Technology-first (−100)",
              "id": "speed",
              "label": "technology-first",
              "name": "Tension speed",
              "placement": "Technology-first (−100)",
              "position": -100,
              "total": 1,
              "you": "You: Technology-first (−100)",
            },
            {
              "answered": 0,
              "answeredText": "0 of 1 scenario",
              "exportHeading": "Tension risk: Not measured",
              "id": "risk",
              "label": null,
              "name": "Tension risk",
              "placement": "Not measured",
              "position": null,
              "total": 1,
              "you": "You: Not measured",
            },
          ],
          "scaleEnds": {
            "product": "product-first",
            "tech": "technology-first",
          },
          "sides": [
            {
              "id": "tech",
              "pull": "The technology-first pull",
            },
            {
              "id": "product",
              "pull": "The product-first pull",
            },
          ],
          "title": "Where you stand on the 2 tensions",
        },
      }
    `);
  });

  it('flags what was not measured instead of leaving renderers to match its words', () => {
    const view = buildResultView(ENGLISH_WORDS, tinyBank, profile);
    const market = view.competencies.rows.find((row) => row.id === 'market');
    expect(market).toMatchObject({ measured: false, score: null, scoreText: 'not measured' });
    expect(view.competencies.rows.filter((row) => row.measured)).toHaveLength(4);
  });

  it('gives each competency’s ideal as a number as well as its importance in words', () => {
    const view = buildResultView(ENGLISH_WORDS, tinyBank, profile);
    for (const row of view.competencies.rows) {
      const competency = tinyBank.competencies.find((c) => c.id === row.id);
      expect(row.ideal.cto).toBe(Math.round(((competency?.importance.cto ?? 0) / 3) * 100));
      expect(row.ideal.cpo).toBe(Math.round(((competency?.importance.cpo ?? 0) / 3) * 100));
    }
  });

  it('states the strength threshold the engine uses when there is no strength', () => {
    const empty = buildResultView(
      ENGLISH_WORDS,
      tinyBank,
      scoreAnswers(tinyBank, {}, SCORING_COPY, { form: 'short' }),
    );
    expect(empty.focusAreas.threshold).toBe(70);
    expect(empty.focusAreas.strengths.empty).toContain('scored 70 or more');
  });
});
