import type { Form } from '@/lib/answers/schema';
import type { RoleId } from '@/lib/bank/schema';
import type { PerRole } from '@/lib/scoring/profile';

import type { PairingReport } from './build-pairing-report';
import type { PairingKind } from './classify-tension';
import type { Coverage } from './compare-competencies';
import type { OwnResultView } from './own-result-view';

/** Which of the two people: `a` the first, `b` the second (also their mark: circle, square). */
export type PersonKey = 'a' | 'b';

/** A page header: a line above the title, the title and a lead paragraph. */
export interface ComparisonHeader {
  readonly eyebrow: string;
  readonly title: string;
  readonly lead: string;
}

/** One person's fit for one role, in each of the ways the comparison writes it. */
export interface ComparedFit {
  readonly score: number;
  /** The level word, e.g. "Solid". */
  readonly level: string;
  /** e.g. "66 / 100 (Solid)", in a table. */
  readonly cell: string;
  /** e.g. "66 / 100 · Solid", beside a bar. */
  readonly barValue: string;
  /** e.g. "Alex · 66 Solid", on a bar. */
  readonly barLabel: string;
}

/** One of the two people as the comparison shows them. */
export interface ComparedPersonView extends OwnResultView {
  readonly key: PersonKey;
  readonly name: string;
  readonly form: Form;
  readonly answered: number;
  readonly total: number;
  /** Set when their result was taken with an older bank version than the current one. */
  readonly earlierVersion: { readonly notice: string; readonly retake: string } | null;
  readonly fits: PerRole<ComparedFit>;
  /** e.g. "High confidence · 76 of 76 answered, full form". */
  readonly card: string;
  /** e.g. "76 of 76, full form". */
  readonly answeredCell: string;
  /** Their entry in a chart's key, e.g. "Alex (circle)"; `withBars` for the fit chart. */
  readonly legend: { readonly plain: string; readonly withBars: string };
}

/** One role's bars in the fit chart, one per person. */
export interface FitChartGroup {
  readonly role: RoleId;
  /** e.g. "CTO fit". */
  readonly title: string;
  readonly bars: readonly {
    readonly key: PersonKey;
    readonly score: number;
    readonly label: string;
    readonly value: string;
  }[];
}

/** One tension, read as a pair. */
export interface ComparedTension {
  readonly id: string;
  readonly name: string;
  readonly kind: PairingKind;
  /** e.g. "Likely clash". */
  readonly kindLabel: string;
  readonly headline: string;
  readonly positions: readonly [number | null, number | null];
  /** Where each sits, e.g. ["Technology-first (−75)", "Product-first (+50)"]. */
  readonly placed: readonly [string, string];
  /** The same with each name, e.g. ["Alex: Technology-first (−75)", "Sam: Product-first (+50)"]. */
  readonly placedWithNames: readonly [string, string];
  /** Both in one line, e.g. "Alex: Technology-first (−75); Sam: Product-first (+50)". */
  readonly placements: string;
  readonly reason: string;
  readonly practices: readonly string[];
}

/** One competency with both scores and what they mean for the pair. */
export interface ComparedCompetency {
  readonly id: string;
  readonly name: string;
  /** 0–100, or null when not measured. */
  readonly scores: readonly [number | null, number | null];
  /** The scores as a table shows them, "not measured" for a null. */
  readonly cells: readonly [string, string];
  readonly coverage: Coverage;
  readonly note: string;
}

/**
 * Everything a comparison of two results shows, in order: every sentence and every number. The
 * page, the PDF and the Markdown lay it out and add nothing of their own.
 */
export interface ComparisonView {
  /** e.g. "Role Fit: CTO and CPO — Alex and Sam compared". */
  readonly title: string;
  /** The day an export is made, e.g. "2026-11-28"; null on the page. */
  readonly date: string | null;
  /** A link that opens the same comparison, when the caller has one. */
  readonly shareUrl: string | null;
  /** Set before the link, e.g. "Open this comparison: ". */
  readonly openLink: string;
  readonly header: ComparisonHeader;
  readonly people: readonly [ComparedPersonView, ComparedPersonView];
  readonly counts: {
    readonly label: string;
    readonly items: readonly {
      readonly kind: PairingKind;
      readonly count: number;
      /** The words after the count, e.g. "likely clashes". */
      readonly words: string;
      /** e.g. "2 likely clashes". */
      readonly text: string;
    }[];
    /** e.g. "1 likely clash, 4 complements, 0 aligned, 1 not enough answers". */
    readonly line: string;
  };
  /** Who took an earlier version, in the pages' words, and the offer to retake; null if none. */
  readonly earlier: {
    readonly notes: readonly { readonly name: string; readonly notice: string }[];
    readonly retake: string;
  } | null;
  readonly cautions: { readonly heading: string; readonly items: readonly string[] };
  readonly fits: {
    readonly heading: string;
    /** The fit chart in a sentence, for screen readers. */
    readonly chartSummary: string;
    readonly chart: readonly FitChartGroup[];
    readonly notPercentile: string;
    readonly framingLead: string;
    /** What the comparison can and cannot tell. */
    readonly framing: string;
    /** The row titles of the fits table. */
    readonly rows: {
      readonly cto: string;
      readonly cpo: string;
      readonly reading: string;
      readonly confidence: string;
      readonly answered: string;
    };
  };
  readonly seats: {
    readonly headline: string;
    readonly summary: string;
    readonly suggestion: string;
  };
  readonly tensions: {
    readonly heading: string;
    /** The lead under the heading; each medium draws the positions its own way. */
    readonly intro: { readonly page: string; readonly pdf: string; readonly markdown: string };
    readonly practicesTitle: string;
    /** The words at the two ends of a tension's scale. */
    readonly scaleEnds: { readonly technology: string; readonly product: string };
    readonly items: readonly ComparedTension[];
  };
  readonly competencies: {
    readonly heading: string;
    readonly intro: string;
    /** The overlay chart in a sentence, for screen readers: who covers whom, what is shared. */
    readonly chartSummary: string;
    readonly caption: string;
    /** Competency, the first name, the second name, "Between you". */
    readonly columns: readonly [string, string, string, string];
    /** In bank order. */
    readonly rows: readonly ComparedCompetency[];
  };
  /** Which question bank each person answered, as the report's closing line says it. */
  readonly bankNote: string;
  readonly bank: { readonly id: string; readonly version: number };
  /** The engine's own report, for whoever wants every detail. */
  readonly report: PairingReport;
}
