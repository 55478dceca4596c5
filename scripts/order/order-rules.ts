/**
 * The rules a presentation order of statements must meet, and the figures that show how well an
 * order meets them. Shared by the order search (build-order.ts), the step tests and any report.
 *
 * Rules, for both forms:
 * 1. No two consecutive statements share a competency.
 * 2. Every reverse statement stands at least MIN_TWIN_DISTANCE statements from its positive twin.
 * 3. No run of more than MAX_SAME_KEY_RUN statements with the same keying.
 * 4. Twin distances are split between even and odd (within one pair of half), so that answering
 *    1, 5, 1, 5… (or 2, 4, 2, 4…) agrees with both twins of about half the pairs.
 * 5. Twin distances are spread over the residues mod 5 (each residue used, none more than
 *    MAX_RESIDUE_EXCESS above an even share), so that answering 1, 2, 3, 4, 5, 1… gives twins
 *    many different answer pairs rather than always the same answer.
 * 6. Each competency's statements are spread over the form: the form is cut into as many equal
 *    parts as the competency has statements, and each part holds exactly one of them.
 */

/** The little a rule needs to know about a statement. */
export interface OrderedStatement {
  readonly id: string;
  readonly competency: string;
  readonly keyed: 'positive' | 'reverse';
  readonly twin?: string | undefined;
}

export const MIN_TWIN_DISTANCE = 8;
export const MAX_SAME_KEY_RUN = 3;
export const MAX_PARITY_IMBALANCE = 1;
export const MAX_RESIDUE_EXCESS = 1;

/** Everything the rules look at, for one order. */
export interface OrderFigures {
  readonly statements: number;
  readonly sameCompetencyNeighbours: number;
  readonly longestSameKeyRun: number;
  readonly minTwinDistance: number;
  readonly evenTwinDistances: number;
  readonly oddTwinDistances: number;
  /** Each twin pair's distance, in the order of the pairs. */
  readonly twinDistances: readonly number[];
  /** How many twin distances fall on each residue 0–4 mod 5. */
  readonly twinResidues: readonly number[];
  /** Competencies whose statements do not fall one in each equal part of the form. */
  readonly unevenCompetencies: readonly string[];
}

/** Measures an order (statement ids, first to last) against the statements it lists. */
export function measureOrder(
  order: readonly string[],
  statements: readonly OrderedStatement[],
): OrderFigures {
  const byId = new Map(statements.map((s) => [s.id, s]));
  const listed = order.map((id) => {
    const statement = byId.get(id);
    if (!statement) throw new Error(`unknown statement "${id}"`);
    return statement;
  });
  const position = new Map(order.map((id, i) => [id, i]));

  let sameCompetencyNeighbours = 0;
  let longestSameKeyRun = 0;
  let run = 0;
  listed.forEach((s, i) => {
    const previous = listed[i - 1];
    if (previous?.competency === s.competency) sameCompetencyNeighbours++;
    run = previous?.keyed === s.keyed ? run + 1 : 1;
    longestSameKeyRun = Math.max(longestSameKeyRun, run);
  });

  const twinDistances = listed.flatMap((s, i) => {
    const twinAt = s.twin === undefined ? undefined : position.get(s.twin);
    return twinAt === undefined ? [] : [Math.abs(i - twinAt)];
  });
  const twinResidues = [0, 1, 2, 3, 4].map((r) => twinDistances.filter((d) => d % 5 === r).length);
  const evenTwinDistances = twinDistances.filter((d) => d % 2 === 0).length;

  const positionsOf = new Map<string, number[]>();
  listed.forEach((s, i) =>
    positionsOf.set(s.competency, [...(positionsOf.get(s.competency) ?? []), i]),
  );
  const unevenCompetencies = [...positionsOf]
    .filter(([, at]) => {
      const parts = at.map((i) => Math.floor((i * at.length) / listed.length));
      return new Set(parts).size !== at.length;
    })
    .map(([competency]) => competency);

  return {
    statements: listed.length,
    sameCompetencyNeighbours,
    twinDistances,
    minTwinDistance: twinDistances.length === 0 ? Infinity : Math.min(...twinDistances),
    evenTwinDistances,
    oddTwinDistances: twinDistances.length - evenTwinDistances,
    twinResidues,
    longestSameKeyRun,
    unevenCompetencies,
  };
}

/** The rules an order breaks, each as a sentence; empty when it keeps them all. */
export function findOrderProblems(figures: OrderFigures): string[] {
  const problems: string[] = [];
  const pairs = figures.twinDistances.length;
  if (figures.sameCompetencyNeighbours > 0)
    problems.push(`${figures.sameCompetencyNeighbours} neighbouring statements share a competency`);
  if (figures.minTwinDistance < MIN_TWIN_DISTANCE)
    problems.push(`a twin stands ${figures.minTwinDistance} statements from its partner`);
  if (figures.longestSameKeyRun > MAX_SAME_KEY_RUN)
    problems.push(`${figures.longestSameKeyRun} statements in a row have the same keying`);
  if (Math.abs(figures.evenTwinDistances - figures.oddTwinDistances) > MAX_PARITY_IMBALANCE)
    problems.push(
      `${figures.evenTwinDistances} twin distances are even and ${figures.oddTwinDistances} odd`,
    );
  const fairShare = Math.ceil(pairs / 5);
  if (pairs >= 5 && figures.twinResidues.some((n) => n === 0 || n > fairShare + MAX_RESIDUE_EXCESS))
    problems.push(`twin distances mod 5 are uneven: ${figures.twinResidues.join(' / ')}`);
  if (figures.unevenCompetencies.length > 0)
    problems.push(`bunched competencies: ${figures.unevenCompetencies.join(', ')}`);
  return problems;
}
