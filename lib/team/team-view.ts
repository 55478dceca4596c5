import type { Form } from '@/lib/answers/schema';
import type { OwnResultView } from '@/lib/compare/own-result-view';
import type { RoleId } from '@/lib/bank/schema';
import type { FitLevel } from '@/lib/scoring/fit-level';
import type { LeanRole, PerRole } from '@/lib/scoring/profile';

import type { OpenSeat } from './assign-seats';
import type { TeamCoverage } from './cover-competencies';
import type { TeamTensionReading, TensionSide } from './read-team-tension';

/** One member's fit for one role. */
export interface TeamFit {
  readonly score: number;
  /** The level word, e.g. "Solid". */
  readonly level: string;
  /** e.g. "66 (Solid)". */
  readonly cell: string;
}

/** One member as the team map shows them. */
export interface TeamMemberView extends OwnResultView {
  /** Where they stand in the team as given, from 0; every per-member array follows this order. */
  readonly position: number;
  readonly name: string;
  /** A short mark for charts, unique in the team: initials, numbered when two share them. */
  readonly mark: string;
  readonly form: Form;
  readonly fits: PerRole<TeamFit>;
  readonly lean: LeanRole;
}

/** One cell of the grid: a score as a number and as a level (a renderer shades by level, never by colour alone). */
export interface TeamGridCell {
  readonly score: number | null;
  /** The number, or "not measured". */
  readonly text: string;
  /** The fit level the score falls in, or null when not measured. */
  readonly level: FitLevel | null;
}

/** One competency across the team. */
export interface TeamGridRow {
  readonly id: string;
  readonly name: string;
  /** One per member, in member order. */
  readonly cells: readonly TeamGridCell[];
  /** Where each role's ideal sits on the 0–100 scale. */
  readonly ideal: PerRole<number>;
  readonly best: number | null;
  readonly bestText: string;
  readonly strong: number;
  /** e.g. "2 of 5". */
  readonly strongText: string;
  readonly coverage: TeamCoverage;
  /** e.g. "Gap". */
  readonly coverageLabel: string;
  readonly note: string;
}

/** Who holds one seat and who could step in. */
export interface TeamSeatView {
  readonly role: RoleId;
  /** e.g. "CTO seat". */
  readonly title: string;
  /** The holder's position among the members, or null when the seat is open. */
  readonly holder: number | null;
  readonly holderName: string | null;
  readonly open: OpenSeat | null;
  /** Who holds it and how well they fit, or why it is open. */
  readonly sentence: string;
  readonly runnerUp: number | null;
  readonly runnerUpName: string | null;
  readonly runnerUpSentence: string;
  /** What to recruit for when the seat is open; null when it is filled. */
  readonly recruit: {
    readonly competencies: readonly { readonly id: string; readonly name: string }[];
    readonly sentence: string;
  } | null;
}

/** One member's place on a tension. */
export interface TeamPlacement {
  readonly position: number;
  readonly name: string;
  readonly mark: string;
  /** −100 technology-first … +100 product-first, or null when unanswered. */
  readonly at: number | null;
  /** e.g. "Technology-first (−75)". */
  readonly placed: string;
  /** e.g. "Ana: Technology-first (−75)". */
  readonly text: string;
}

/** One tension, read as a team. */
export interface TeamTensionView {
  readonly id: string;
  readonly name: string;
  /** In member order. */
  readonly placements: readonly TeamPlacement[];
  readonly centre: number | null;
  readonly spread: number | null;
  /** e.g. "Centre +10, spread 125 points"; null when too few answered. */
  readonly centreText: string | null;
  readonly reading: TeamTensionReading;
  /** e.g. "Split into camps". */
  readonly readingLabel: string;
  readonly readingText: string;
  /** For a team split into camps, who stands in each, in a sentence; null otherwise. */
  readonly camps: string | null;
  /** Who left it unanswered, in a sentence; null when everyone answered. */
  readonly unanswered: string | null;
  /** For a one-sided team: the side nobody speaks for, what that side sees, and practices that counter it. */
  readonly blindSpot: {
    readonly side: TensionSide;
    /** e.g. "Blind spot: nobody on the team is technology-first here". */
    readonly headline: string;
    /** What pulls a leader on the missing side, in the bank's words. */
    readonly text: string;
    readonly practices: readonly string[];
  } | null;
}

/**
 * Everything a team map shows, in order: every sentence and every number. The page, the PDF, the
 * Markdown and the JSON lay it out and add nothing of their own.
 */
export interface TeamView {
  /** e.g. "Role Fit: CTO and CPO — a team of 4". */
  readonly title: string;
  /** The day an export is made; null on the page. */
  readonly date: string | null;
  readonly shareUrl: string | null;
  readonly openLink: string;
  /** e.g. "A team of 4: Ana, Ben, Chi and Dee". */
  readonly lead: string;
  /** What the map is for, and not for. */
  readonly framing: string;
  readonly members: {
    readonly heading: string;
    readonly columns: {
      readonly name: string;
      readonly mark: string;
      readonly cto: string;
      readonly cpo: string;
      readonly reading: string;
      readonly confidence: string;
    };
    readonly items: readonly TeamMemberView[];
  };
  readonly grid: {
    readonly heading: string;
    readonly intro: string;
    readonly caption: string;
    readonly columns: {
      readonly competency: string;
      readonly ideal: PerRole<string>;
      readonly best: string;
      readonly strong: string;
      readonly coverage: string;
    };
    /** What each shade of a cell means, strongest first: e.g. "Strong", "70 and above". */
    readonly legend: readonly {
      readonly level: FitLevel;
      readonly label: string;
      readonly range: string;
    }[];
    /** In bank order. */
    readonly rows: readonly TeamGridRow[];
    /** Competency ids nobody on the team is solid in. */
    readonly gaps: readonly string[];
    readonly pileUps: readonly string[];
    /** The gaps and pile-ups in a sentence or two. */
    readonly summary: string;
  };
  readonly seats: {
    readonly heading: string;
    readonly intro: string;
    readonly cto: TeamSeatView;
    readonly cpo: TeamSeatView;
    /** Other assignments that are just as good, by name (null for an open seat); [] when none. */
    readonly ties: readonly PerRole<string | null>[];
    /** The same in a sentence; null when there are none. */
    readonly tie: string | null;
  };
  readonly tensions: {
    readonly heading: string;
    readonly intro: string;
    readonly scaleEnds: { readonly technology: string; readonly product: string };
    readonly practicesTitle: string;
    /** In bank order. */
    readonly items: readonly TeamTensionView[];
  };
  readonly cautions: { readonly heading: string; readonly items: readonly string[] };
  readonly bankNote: string;
  readonly bank: { readonly id: string; readonly version: number };
}
