import { loadBank } from '@/lib/bank/load-bank';
import { DEFAULT_NAMES } from '@/lib/codecs/compare-code';
import { buildComparisonView } from '@/lib/compare/build-comparison-view';
import { loadPairing } from '@/lib/compare/load-pairing';
import { fillTemplate } from '@/lib/copy/fill-template';
import { loadSiteWords } from '@/lib/i18n/load-site-words';
import { loadCurrentBank } from '@/lib/i18n/load-translated-bank';
import { loadTranslatedPairing } from '@/lib/i18n/load-translated-guides';
import { englishIn } from '@/tests/support/english-sentences';

import { v1AnswerSet, v1Bank } from '../export/earlier-result';
import { fixedPair } from '../export/fixed-pair';

/** The English words, as the English pages hand them. */
const ENGLISH = loadSiteWords('en');

const bank = loadBank();
const content = loadPairing(bank);
const [alex, sam] = fixedPair(bank);
const people = [
  { ...alex, code: 'CODE-OF-ALEX' },
  { ...sam, code: 'CODE-OF-SAM' },
] as const;

/** Every leaf of the view on a line of its own, named by its path, e.g. `people.0.name`. */
function leaves(value: unknown, path = ''): Record<string, unknown> {
  if (value === null || typeof value !== 'object') return { [path]: value };
  return Object.assign(
    {},
    ...Object.entries(value).map(([key, inner]) => leaves(inner, path ? `${path}.${key}` : key)),
  );
}

describe('buildComparisonView', () => {
  it('writes every sentence and number the comparison shows, from the copy and the engine', () => {
    // The engine's own report rides along for the PDF's identity; every word of it the
    // comparison shows is in the view itself.
    const { report, ...view } = buildComparisonView(ENGLISH, bank, content, people, {
      date: '2026-11-28',
      shareUrl: 'https://role-fit.example/compare#c1~a~b~Alex~Sam',
    });
    expect(report.people[0].name).toBe('Alex');
    expect(leaves(view)).toMatchInlineSnapshot(`
      {
        "bank.id": "role-fit",
        "bank.version": 2,
        "bankNote": "Compared with the question bank "role-fit", version 2.",
        "cautions.heading": "Read with care",
        "competencies.caption": "Competency scores of Alex and Sam",
        "competencies.chartSummary": "Competency scores of Alex and Sam on one 0 to 100 scale. Alex covers 6 of Sam’s gaps, Sam covers 6 of Alex’s; 4 strengths and 0 gaps are shared. The table below lists every score.",
        "competencies.columns.0": "Competency",
        "competencies.columns.1": "Alex",
        "competencies.columns.2": "Sam",
        "competencies.columns.3": "Between you",
        "competencies.heading": "Competencies side by side",
        "competencies.intro": "Where one of you is strong and the other is not, the stronger one can cover the gap; a gap you share is worth hiring or growing for.",
        "competencies.rows.0.cells.0": "75",
        "competencies.rows.0.cells.1": "25",
        "competencies.rows.0.coverage": "first-covers",
        "competencies.rows.0.id": "tech-strategy",
        "competencies.rows.0.name": "Technology strategy",
        "competencies.rows.0.note": "Alex is strong where Sam is behind.",
        "competencies.rows.0.scores.0": 75,
        "competencies.rows.0.scores.1": 25,
        "competencies.rows.1.cells.0": "75",
        "competencies.rows.1.cells.1": "25",
        "competencies.rows.1.coverage": "first-covers",
        "competencies.rows.1.id": "tech-evaluation",
        "competencies.rows.1.name": "Technology and vendor evaluation",
        "competencies.rows.1.note": "Alex is strong where Sam is behind.",
        "competencies.rows.1.scores.0": 75,
        "competencies.rows.1.scores.1": 25,
        "competencies.rows.10.cells.0": "25",
        "competencies.rows.10.cells.1": "75",
        "competencies.rows.10.coverage": "second-covers",
        "competencies.rows.10.id": "product-analytics",
        "competencies.rows.10.name": "Product analytics",
        "competencies.rows.10.note": "Sam is strong where Alex is behind.",
        "competencies.rows.10.scores.0": 25,
        "competencies.rows.10.scores.1": 75,
        "competencies.rows.11.cells.0": "25",
        "competencies.rows.11.cells.1": "75",
        "competencies.rows.11.coverage": "second-covers",
        "competencies.rows.11.id": "cross-functional",
        "competencies.rows.11.name": "Cross-functional leadership",
        "competencies.rows.11.note": "Sam is strong where Alex is behind.",
        "competencies.rows.11.scores.0": 25,
        "competencies.rows.11.scores.1": 75,
        "competencies.rows.12.cells.0": "63",
        "competencies.rows.12.cells.1": "75",
        "competencies.rows.12.coverage": "both-strong",
        "competencies.rows.12.id": "leadership",
        "competencies.rows.12.name": "Leadership",
        "competencies.rows.12.note": "A strength you share.",
        "competencies.rows.12.scores.0": 63,
        "competencies.rows.12.scores.1": 75,
        "competencies.rows.13.cells.0": "63",
        "competencies.rows.13.cells.1": "75",
        "competencies.rows.13.coverage": "both-strong",
        "competencies.rows.13.id": "communication",
        "competencies.rows.13.name": "Communication",
        "competencies.rows.13.note": "A strength you share.",
        "competencies.rows.13.scores.0": 63,
        "competencies.rows.13.scores.1": 75,
        "competencies.rows.14.cells.0": "63",
        "competencies.rows.14.cells.1": "75",
        "competencies.rows.14.coverage": "both-strong",
        "competencies.rows.14.id": "strategic-thinking",
        "competencies.rows.14.name": "Strategic thinking",
        "competencies.rows.14.note": "A strength you share.",
        "competencies.rows.14.scores.0": 63,
        "competencies.rows.14.scores.1": 75,
        "competencies.rows.15.cells.0": "63",
        "competencies.rows.15.cells.1": "75",
        "competencies.rows.15.coverage": "both-strong",
        "competencies.rows.15.id": "decisions-under-pressure",
        "competencies.rows.15.name": "Decisions under pressure",
        "competencies.rows.15.note": "A strength you share.",
        "competencies.rows.15.scores.0": 63,
        "competencies.rows.15.scores.1": 75,
        "competencies.rows.2.cells.0": "75",
        "competencies.rows.2.cells.1": "25",
        "competencies.rows.2.coverage": "first-covers",
        "competencies.rows.2.id": "security-privacy",
        "competencies.rows.2.name": "Security and data privacy",
        "competencies.rows.2.note": "Alex is strong where Sam is behind.",
        "competencies.rows.2.scores.0": 75,
        "competencies.rows.2.scores.1": 25,
        "competencies.rows.3.cells.0": "75",
        "competencies.rows.3.cells.1": "25",
        "competencies.rows.3.coverage": "first-covers",
        "competencies.rows.3.id": "scalability-reliability",
        "competencies.rows.3.name": "Scalability and reliability",
        "competencies.rows.3.note": "Alex is strong where Sam is behind.",
        "competencies.rows.3.scores.0": 75,
        "competencies.rows.3.scores.1": 25,
        "competencies.rows.4.cells.0": "75",
        "competencies.rows.4.cells.1": "25",
        "competencies.rows.4.coverage": "first-covers",
        "competencies.rows.4.id": "tech-team-leadership",
        "competencies.rows.4.name": "Leading technical teams",
        "competencies.rows.4.note": "Alex is strong where Sam is behind.",
        "competencies.rows.4.scores.0": 75,
        "competencies.rows.4.scores.1": 25,
        "competencies.rows.5.cells.0": "75",
        "competencies.rows.5.cells.1": "25",
        "competencies.rows.5.coverage": "first-covers",
        "competencies.rows.5.id": "technical-depth",
        "competencies.rows.5.name": "Hands-on technical depth",
        "competencies.rows.5.note": "Alex is strong where Sam is behind.",
        "competencies.rows.5.scores.0": 75,
        "competencies.rows.5.scores.1": 25,
        "competencies.rows.6.cells.0": "25",
        "competencies.rows.6.cells.1": "75",
        "competencies.rows.6.coverage": "second-covers",
        "competencies.rows.6.id": "customer-insight",
        "competencies.rows.6.name": "Customer insight",
        "competencies.rows.6.note": "Sam is strong where Alex is behind.",
        "competencies.rows.6.scores.0": 25,
        "competencies.rows.6.scores.1": 75,
        "competencies.rows.7.cells.0": "25",
        "competencies.rows.7.cells.1": "75",
        "competencies.rows.7.coverage": "second-covers",
        "competencies.rows.7.id": "market-research",
        "competencies.rows.7.name": "Market research and opportunities",
        "competencies.rows.7.note": "Sam is strong where Alex is behind.",
        "competencies.rows.7.scores.0": 25,
        "competencies.rows.7.scores.1": 75,
        "competencies.rows.8.cells.0": "25",
        "competencies.rows.8.cells.1": "75",
        "competencies.rows.8.coverage": "second-covers",
        "competencies.rows.8.id": "product-vision",
        "competencies.rows.8.name": "Product vision and roadmap",
        "competencies.rows.8.note": "Sam is strong where Alex is behind.",
        "competencies.rows.8.scores.0": 25,
        "competencies.rows.8.scores.1": 75,
        "competencies.rows.9.cells.0": "25",
        "competencies.rows.9.cells.1": "75",
        "competencies.rows.9.coverage": "second-covers",
        "competencies.rows.9.id": "pricing-packaging",
        "competencies.rows.9.name": "Pricing and packaging",
        "competencies.rows.9.note": "Sam is strong where Alex is behind.",
        "competencies.rows.9.scores.0": 25,
        "competencies.rows.9.scores.1": 75,
        "counts.items.0.count": 1,
        "counts.items.0.kind": "clash",
        "counts.items.0.text": "1 likely clash",
        "counts.items.0.words": "likely clash",
        "counts.items.1.count": 4,
        "counts.items.1.kind": "complement",
        "counts.items.1.text": "4 complements",
        "counts.items.1.words": "complements",
        "counts.items.2.count": 0,
        "counts.items.2.kind": "aligned",
        "counts.items.2.text": "0 aligned",
        "counts.items.2.words": "aligned",
        "counts.items.3.count": 1,
        "counts.items.3.kind": "unknown",
        "counts.items.3.text": "1 not enough answers",
        "counts.items.3.words": "not enough answers",
        "counts.label": "The six tensions at a glance",
        "counts.line": "1 likely clash, 4 complements, 0 aligned, 1 not enough answers",
        "date": "2026-11-28",
        "earlier": null,
        "fits.chart.0.bars.0.key": "a",
        "fits.chart.0.bars.0.label": "Alex · 66 Solid",
        "fits.chart.0.bars.0.score": 66,
        "fits.chart.0.bars.0.value": "66 / 100 · Solid",
        "fits.chart.0.bars.1.key": "b",
        "fits.chart.0.bars.1.label": "Sam · 48 Emerging",
        "fits.chart.0.bars.1.score": 48,
        "fits.chart.0.bars.1.value": "48 / 100 · Emerging",
        "fits.chart.0.role": "cto",
        "fits.chart.0.title": "CTO fit",
        "fits.chart.1.bars.0.key": "a",
        "fits.chart.1.bars.0.label": "Alex · 44 Not yet",
        "fits.chart.1.bars.0.score": 44,
        "fits.chart.1.bars.0.value": "44 / 100 · Not yet",
        "fits.chart.1.bars.1.key": "b",
        "fits.chart.1.bars.1.label": "Sam · 69 Solid",
        "fits.chart.1.bars.1.score": 69,
        "fits.chart.1.bars.1.value": "69 / 100 · Solid",
        "fits.chart.1.role": "cpo",
        "fits.chart.1.title": "CPO fit",
        "fits.chartSummary": "CTO fit: Alex 66, Sam 48. CPO fit: Alex 44, Sam 69. Out of 100.",
        "fits.framing": "This comparison reads two sets of quiz answers side by side. It shows where two people are likely to pull in different directions and where they cover for each other; it cannot tell whether they will get on, and a clash named here is a topic to talk about, not a reason to part ways.",
        "fits.framingLead": "How to read this.",
        "fits.heading": "Both fits side by side",
        "fits.notPercentile": "Scores are positions on this quiz’s own 0–100 scale, not percentiles of other people.",
        "fits.rows.answered": "Answered",
        "fits.rows.confidence": "Confidence",
        "fits.rows.cpo": "CPO fit",
        "fits.rows.cto": "CTO fit",
        "fits.rows.reading": "Reading",
        "header.eyebrow": "Alex and Sam, compared",
        "header.lead": "Most tensions look manageable, but the ones marked as clashes are where arguments or blind spots are most likely. Agree how you will handle those before the first real decision forces the question.",
        "header.title": "A workable pair with a few hot spots",
        "openLink": "Open this comparison: ",
        "people.0.answered": 76,
        "people.0.answeredCell": "76 of 76, full form",
        "people.0.card": "High confidence · 76 of 76 answered, full form",
        "people.0.confidence": "High confidence",
        "people.0.earlierVersion": null,
        "people.0.fits.cpo.barLabel": "Alex · 44 Not yet",
        "people.0.fits.cpo.barValue": "44 / 100 · Not yet",
        "people.0.fits.cpo.cell": "44 / 100 (Not yet)",
        "people.0.fits.cpo.level": "Not yet",
        "people.0.fits.cpo.score": 44,
        "people.0.fits.cto.barLabel": "Alex · 66 Solid",
        "people.0.fits.cto.barValue": "66 / 100 · Solid",
        "people.0.fits.cto.cell": "66 / 100 (Solid)",
        "people.0.fits.cto.level": "Solid",
        "people.0.fits.cto.score": 66,
        "people.0.form": "full",
        "people.0.key": "a",
        "people.0.legend.plain": "Alex (circle)",
        "people.0.legend.withBars": "Alex (circle, solid bars)",
        "people.0.name": "Alex",
        "people.0.result.href": "/results#CODE-OF-ALEX",
        "people.0.result.label": "Open Alex’s full result",
        "people.0.total": 76,
        "people.0.verdict": "A clear lean towards the CTO role",
        "people.1.answered": 74,
        "people.1.answeredCell": "74 of 76, full form",
        "people.1.card": "High confidence · 74 of 76 answered, full form",
        "people.1.confidence": "High confidence",
        "people.1.earlierVersion": null,
        "people.1.fits.cpo.barLabel": "Sam · 69 Solid",
        "people.1.fits.cpo.barValue": "69 / 100 · Solid",
        "people.1.fits.cpo.cell": "69 / 100 (Solid)",
        "people.1.fits.cpo.level": "Solid",
        "people.1.fits.cpo.score": 69,
        "people.1.fits.cto.barLabel": "Sam · 48 Emerging",
        "people.1.fits.cto.barValue": "48 / 100 · Emerging",
        "people.1.fits.cto.cell": "48 / 100 (Emerging)",
        "people.1.fits.cto.level": "Emerging",
        "people.1.fits.cto.score": 48,
        "people.1.form": "full",
        "people.1.key": "b",
        "people.1.legend.plain": "Sam (square)",
        "people.1.legend.withBars": "Sam (square, hatched bars)",
        "people.1.name": "Sam",
        "people.1.result.href": "/results#CODE-OF-SAM",
        "people.1.result.label": "Open Sam’s full result",
        "people.1.total": 76,
        "people.1.verdict": "A clear lean towards the CPO role",
        "seats.headline": "A natural split: one of you leans to technology, the other to product",
        "seats.suggestion": "Alex fits the CTO seat better, Sam the CPO seat.",
        "seats.summary": "Your fits point in opposite directions, so the two seats divide without a debate. Keep the split explicit in job titles and in who decides what, and revisit it as the company grows.",
        "shareUrl": "https://role-fit.example/compare#c1~a~b~Alex~Sam",
        "tensions.heading": "The six tensions, as a pair",
        "tensions.intro.markdown": "Where each of you sits from technology-first (−100) to product-first (+100), what that tends to mean for the two of you, and practices that fit.",
        "tensions.intro.page": "Where each of you sits between technology-first and product-first on the six tensions between the two roles: Alex as a circle above the line, Sam as a square below it.",
        "tensions.intro.pdf": "Where each of you sits from technology-first (−100) to product-first (+100): Alex as a circle, Sam as a square.",
        "tensions.items.0.headline": "Healthy tension between possible and wanted",
        "tensions.items.0.id": "feasibility-viability",
        "tensions.items.0.kind": "complement",
        "tensions.items.0.kindLabel": "Complement",
        "tensions.items.0.name": "Technical feasibility vs product viability",
        "tensions.items.0.placed.0": "Technology-first (−50)",
        "tensions.items.0.placed.1": "Balanced (+25)",
        "tensions.items.0.placedWithNames.0": "Alex: Technology-first (−50)",
        "tensions.items.0.placedWithNames.1": "Sam: Balanced (+25)",
        "tensions.items.0.placements": "Alex: Technology-first (−50); Sam: Balanced (+25)",
        "tensions.items.0.positions.0": -50,
        "tensions.items.0.positions.1": 25,
        "tensions.items.0.practices.0": "Open every technical proposal with one sentence naming the customer problem it solves.",
        "tensions.items.0.practices.1": "Hold a monthly session where engineering demos new capabilities and product shares customer pain points, looking for overlaps.",
        "tensions.items.0.practices.2": "Judge proposals against one shared product vision rather than against each leader's favorite ideas.",
        "tensions.items.0.reason": "One of you brings the technical ambition, the other the test of whether customers care. Each question the other asks makes the plan better.",
        "tensions.items.1.headline": "Both push to ship fast",
        "tensions.items.1.id": "speed-quality",
        "tensions.items.1.kind": "clash",
        "tensions.items.1.kindLabel": "Likely clash",
        "tensions.items.1.name": "Speed vs quality",
        "tensions.items.1.placed.0": "Technology-first (−100)",
        "tensions.items.1.placed.1": "Technology-first (−100)",
        "tensions.items.1.placedWithNames.0": "Alex: Technology-first (−100)",
        "tensions.items.1.placedWithNames.1": "Sam: Technology-first (−100)",
        "tensions.items.1.placements": "Alex: Technology-first (−100); Sam: Technology-first (−100)",
        "tensions.items.1.positions.0": -100,
        "tensions.items.1.positions.1": -100,
        "tensions.items.1.practices.0": "Name one person to own the release quality bar for each launch, with the right to hold it back.",
        "tensions.items.1.practices.1": "Agree the launch quality bar together before the sprint starts.",
        "tensions.items.1.practices.2": "Set milestones both leaders believe are achievable, with time built in to fix what testing finds.",
        "tensions.items.1.practices.3": "Share progress and known defects every week so a delay never arrives as a surprise.",
        "tensions.items.1.reason": "You both favour getting releases out quickly. You will move fast, but nobody naturally holds the line on polish, so quality problems may reach users before either of you notices.",
        "tensions.items.2.headline": "Not enough answers to compare",
        "tensions.items.2.id": "risk-tolerance",
        "tensions.items.2.kind": "unknown",
        "tensions.items.2.kindLabel": "Not enough answers",
        "tensions.items.2.name": "Risk tolerance",
        "tensions.items.2.placed.0": "Technology-first (−75)",
        "tensions.items.2.placed.1": "Not measured",
        "tensions.items.2.placedWithNames.0": "Alex: Technology-first (−75)",
        "tensions.items.2.placedWithNames.1": "Sam: Not measured",
        "tensions.items.2.placements": "Alex: Technology-first (−75); Sam: Not measured",
        "tensions.items.2.positions.0": -75,
        "tensions.items.2.positions.1": null,
        "tensions.items.2.practices.0": "Agree in advance which parts of the product may carry experimental technology and which must not.",
        "tensions.items.2.practices.1": "Before a risky change, write down what failure would look like for users and who makes the call to roll back.",
        "tensions.items.2.practices.2": "Review failed experiments to learn from them, not to blame whoever proposed them.",
        "tensions.items.2.reason": "At least one of you skipped the scenarios on this tension, so there is nothing to compare here yet. Answering them in the full form fills this in.",
        "tensions.items.3.headline": "Healthy tension over where time goes",
        "tensions.items.3.id": "resource-allocation",
        "tensions.items.3.kind": "complement",
        "tensions.items.3.kindLabel": "Complement",
        "tensions.items.3.name": "Resource allocation",
        "tensions.items.3.placed.0": "Balanced (−25)",
        "tensions.items.3.placed.1": "Product-first (+50)",
        "tensions.items.3.placedWithNames.0": "Alex: Balanced (−25)",
        "tensions.items.3.placedWithNames.1": "Sam: Product-first (+50)",
        "tensions.items.3.placements": "Alex: Balanced (−25); Sam: Product-first (+50)",
        "tensions.items.3.positions.0": -25,
        "tensions.items.3.positions.1": 50,
        "tensions.items.3.practices.0": "Agree a standing split of engineering time, such as a fixed share for platform work, and review it each quarter.",
        "tensions.items.3.practices.1": "Link every large request for budget or people to one of the goals both leaders have signed up to.",
        "tensions.items.3.practices.2": "Show each other the full list of requests so each sees what the other is giving up.",
        "tensions.items.3.reason": "One of you speaks for the platform and the other for features, from positions close enough to meet. An agreed split lets both sides get what matters most.",
        "tensions.items.4.headline": "Healthy tension between protection and ease",
        "tensions.items.4.id": "privacy-usability",
        "tensions.items.4.kind": "complement",
        "tensions.items.4.kindLabel": "Complement",
        "tensions.items.4.name": "Data privacy vs ease of use",
        "tensions.items.4.placed.0": "Balanced (−25)",
        "tensions.items.4.placed.1": "Product-first (+75)",
        "tensions.items.4.placedWithNames.0": "Alex: Balanced (−25)",
        "tensions.items.4.placedWithNames.1": "Sam: Product-first (+75)",
        "tensions.items.4.placements": "Alex: Balanced (−25); Sam: Product-first (+75)",
        "tensions.items.4.positions.0": -25,
        "tensions.items.4.positions.1": 75,
        "tensions.items.4.practices.0": "Bring security engineers into sign-up and checkout designs at the first sketch, not at final review.",
        "tensions.items.4.practices.1": "Keep a shared list of which customer data each feature uses and why it needs it.",
        "tensions.items.4.practices.2": "Measure how many users a security step actually loses before arguing about whether to keep it.",
        "tensions.items.4.reason": "One of you watches over users' data, the other over how easy the product feels, and you are close enough to meet. Together you can design features that are both safe and simple.",
        "tensions.items.5.headline": "Healthy tension over what comes first",
        "tensions.items.5.id": "feature-prioritisation",
        "tensions.items.5.kind": "complement",
        "tensions.items.5.kindLabel": "Complement",
        "tensions.items.5.name": "Feature prioritization",
        "tensions.items.5.placed.0": "Technology-first (−50)",
        "tensions.items.5.placed.1": "Product-first (+75)",
        "tensions.items.5.placedWithNames.0": "Alex: Technology-first (−50)",
        "tensions.items.5.placedWithNames.1": "Sam: Product-first (+75)",
        "tensions.items.5.placements": "Alex: Technology-first (−50); Sam: Product-first (+75)",
        "tensions.items.5.positions.0": -50,
        "tensions.items.5.positions.1": 75,
        "tensions.items.5.practices.0": "Score candidate features together on customer demand, technical value and effort before ranking them.",
        "tensions.items.5.practices.1": "Give each leader time to argue for their top pick in a meeting where every view is heard.",
        "tensions.items.5.practices.2": "Publish the ranking with its reasons so teams understand why their favorite slipped.",
        "tensions.items.5.reason": "One of you argues for what is new, the other for what is needed, from positions near enough to agree. The roadmap gets both fresh ideas and features users want.",
        "tensions.practicesTitle": "Practices that fit",
        "tensions.scaleEnds.product": "product-first",
        "tensions.scaleEnds.technology": "technology-first",
        "title": "Role Fit: CTO and CPO — Alex and Sam compared",
      }
    `);
  });

  it('has no date, link or result links when the caller has none', () => {
    const view = buildComparisonView(ENGLISH, bank, content, [alex, sam]);
    expect(view.date).toBeNull();
    expect(view.shareUrl).toBeNull();
    expect(view.people.map((p) => p.result)).toEqual([null, null]);
  });

  it('names whose result was taken with an earlier bank version, and each version at the end', () => {
    const maya = { ...v1AnswerSet('platform-cto'), name: 'Maya', bank: v1Bank };
    const view = buildComparisonView(ENGLISH, bank, content, [maya, sam]);
    expect(view.earlier?.notes.map((n) => n.name)).toEqual(['Maya']);
    expect(view.people[1].earlierVersion).toBeNull();
    expect(view.bankNote).toBe(
      'Compared with the question bank "role-fit": Maya answered version 1, Sam version 2.',
    );
  });

  it('counts each kind of pairing in the singular or the plural', () => {
    const view = buildComparisonView(ENGLISH, bank, content, people);
    expect(view.counts.line).toBe('1 likely clash, 4 complements, 0 aligned, 1 not enough answers');
  });

  it('calls people without a name Person A and Person B, as the decoder leaves them', () => {
    const view = buildComparisonView(ENGLISH, bank, content, [
      { ...alex, name: DEFAULT_NAMES[0] },
      { ...sam, name: '' },
    ]);
    expect(view.people.map((p) => p.name)).toEqual(['Person A', 'Person B']);
  });

  describe.each(['es', 'de'] as const)('in %s', (locale) => {
    const words = loadSiteWords(locale);
    const translated = loadCurrentBank(locale);
    const inLanguage = buildComparisonView(
      words,
      translated,
      loadTranslatedPairing(translated, locale),
      people,
    );
    const english = buildComparisonView(ENGLISH, bank, content, people);
    const numbers = (view: typeof english) => ({
      fits: view.people.map((p) => [p.fits.cto.score, p.fits.cpo.score]),
      counts: view.counts.items.map(({ kind, count }) => [kind, count]),
      chart: view.fits.chart.map((g) => g.bars.map((b) => b.score)),
      competencies: view.competencies.rows.map((r) => [r.id, r.scores, r.cells, r.coverage]),
      tensions: view.tensions.items.map((t) => [t.id, t.kind, t.positions]),
      bank: view.bank,
    });

    it('shows the same figures as in English', () => {
      expect(numbers(inLanguage)).toEqual(numbers(english));
    });

    it('writes every sentence in the language, none in English', () => {
      const text = Object.values(leaves(inLanguage)).join('\n');
      expect(englishIn(text, locale)).toEqual([]);
      expect(inLanguage.fits.heading).toBe(words.compare.fits.heading);
      expect(inLanguage.title).toContain(translated.title);
      expect(inLanguage.fits.rows.cto).toBe(
        fillTemplate(words.common.roleFit, { role: words.common.roles.cto }),
      );
    });

    it('calls people without a name by the words of the language', () => {
      const view = buildComparisonView(words, translated, content, [
        { ...alex, name: DEFAULT_NAMES[0] },
        { ...sam, name: DEFAULT_NAMES[1] },
      ]);
      expect(view.people.map((p) => p.name)).toEqual([
        words.compare.defaultNames.a,
        words.compare.defaultNames.b,
      ]);
    });
  });
});
