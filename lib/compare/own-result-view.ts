/** What a reading of several people (a comparison, a team map) shows of one person's own result. */
export interface OwnResultView {
  /** The headline of their own verdict, e.g. "A clear lean towards the CTO role". */
  readonly verdict: string;
  /** e.g. "High confidence". */
  readonly confidence: string;
  /** A link to their own result, when their share code is known. */
  readonly result: { readonly href: string; readonly label: string } | null;
}
