import type { QuestionBank } from '@/lib/bank/schema';
import type { FitProfile, TensionLabel } from '@/lib/scoring/profile';

import { fillPlural, fillTemplate } from './copy/fill-template';
import type { ResultWords } from './copy/report-words';
import type { CommonCopy, ResultCopy } from './copy/schema';
import { formatSigned } from './format-number';

/** One tension as the results page shows it: the bank's words and where the person sits. */
export interface TensionRow {
  readonly id: string;
  readonly name: string;
  readonly summary: string;
  /** The two pulls by side, in the order of {@link TensionsView.sides}. */
  readonly sides: { readonly tech: string; readonly product: string };
  readonly resolution: string;
  readonly practices: readonly string[];
  /** −100 technology-first … +100 product-first, or null when unanswered. */
  readonly position: number | null;
  readonly label: TensionLabel | null;
  /** e.g. "Technology-first (−60)", "Balanced (0)", "Not measured". */
  readonly placement: string;
  /** e.g. "You: Technology-first (−60)". */
  readonly you: string;
  readonly answered: number;
  readonly total: number;
  /** e.g. "1 of 2 scenarios". */
  readonly answeredText: string;
  /** The exports' heading of the tension, e.g. "Speed or quality: Balanced (0)". */
  readonly exportHeading: string;
}

type Words = ResultCopy['tensions'];

/** The tension section: its words and every tension of the bank, in bank order. */
export interface TensionsView {
  readonly title: string;
  readonly intro: string;
  /** The chart's axis, left to right. */
  readonly axis: Words['axis'];
  readonly chartSummary: string;
  readonly rows: readonly TensionRow[];
  /** The two pulls of every tension, technology first, with their headings. */
  readonly sides: readonly { readonly id: 'tech' | 'product'; readonly pull: string }[];
  readonly resolutionLabel: string;
  readonly practicesTitle: string;
  readonly exportTitle: string;
  readonly exportIntro: string;
  /** The words at the two ends of a small scale. */
  readonly scaleEnds: Words['scaleEnds'];
}

/** Where a position sits, in words and as a signed number. */
export function describePlacement(
  common: CommonCopy,
  position: number | null,
  label: TensionLabel | null,
): string {
  if (position === null || label === null) return common.notMeasured.title;
  return fillTemplate(common.placement, {
    label: common.tensionLabels[label],
    position: formatSigned(position),
  });
}

/** Every tension of the bank, in bank order, with the person's position on it. */
export function describeTensions(
  { common, result }: ResultWords,
  bank: QuestionBank,
  profile: FitProfile,
): TensionRow[] {
  const WORDS = result.tensions;
  const positions = new Map(profile.tensions.map((t) => [t.id, t]));
  return bank.tensions.map((tension) => {
    const placed = positions.get(tension.id);
    const position = placed?.position ?? null;
    const label = placed?.label ?? null;
    const placement = describePlacement(common, position, label);
    const answered = placed?.answered ?? 0;
    const total = placed?.total ?? 0;
    return {
      id: tension.id,
      name: tension.name,
      summary: tension.summary,
      sides: { tech: tension.techSide, product: tension.productSide },
      resolution: tension.resolution,
      practices: tension.practices,
      position,
      label,
      placement,
      you: fillTemplate(WORDS.you, { placement }),
      answered,
      total,
      answeredText: fillPlural(WORDS.answered, total, { answered, total }),
      exportHeading: fillTemplate(WORDS.exportItem, { name: tension.name, placement }),
    };
  });
}

/** Every tension with what the section and the exports say around them. */
export function buildTensionsView(
  words: ResultWords,
  bank: QuestionBank,
  profile: FitProfile,
): TensionsView {
  const WORDS = words.result.tensions;
  const rows = describeTensions(words, bank, profile);
  return {
    title: fillTemplate(WORDS.title, { count: rows.length }),
    intro: WORDS.intro,
    axis: WORDS.axis,
    chartSummary: summariseTensionChart(words.result, rows),
    rows,
    sides: [
      { id: 'tech', pull: WORDS.techPull },
      { id: 'product', pull: WORDS.productPull },
    ],
    resolutionLabel: WORDS.resolutionLabel,
    practicesTitle: WORDS.practicesTitle,
    exportTitle: WORDS.exportTitle,
    exportIntro: WORDS.exportIntro,
    scaleEnds: WORDS.scaleEnds,
  };
}

/** The tension chart in a sentence per tension. */
export function summariseTensionChart(result: ResultCopy, rows: readonly TensionRow[]): string {
  const WORDS = result.tensions;
  const placements = rows.map((r) =>
    fillTemplate(WORDS.chartSummaryItem, { name: r.name, placement: r.placement.toLowerCase() }),
  );
  return fillTemplate(WORDS.chartSummary, {
    count: rows.length,
    placements: placements.join('; '),
  });
}
