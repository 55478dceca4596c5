/**
 * `npx tsx scripts/order/build-order.ts`: searches for the order in which bank version 2 presents
 * its statements, prints it with the figures of every rule, and writes
 * questions/versions/2/order.json (`{ full: [...ids], short: [...ids] }`).
 *
 * The rules (see order-rules.ts; decision 014), for the full and the short form alike:
 * - no two consecutive statements share a competency;
 * - every reverse statement stands at least 8 statements from its positive twin;
 * - positive and reverse statements are mixed: no run of more than 3 with the same keying;
 * - about half the twin pairs sit at an even distance and half at an odd one, and the distances
 *   spread over the residues mod 5, so that cyclic answering (1,5,1,5…; 2,4,2,4…; 1,2,3,4,5…)
 *   shows up as contradictions between twins;
 * - each competency's statements fall one in each equal part of the form (quarters in the full
 *   form, halves in the short form).
 *
 * The search is simulated annealing over swaps, driven by a seeded generator: the same seed and
 * the same items always give the same order. It stops at the first order that breaks no rule.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { z } from 'zod';

import { LikertItemSchema } from '@/lib/bank/schema';
import { seededRandom } from '@/scripts/seeded-random';

import {
  findOrderProblems,
  MAX_RESIDUE_EXCESS,
  MAX_SAME_KEY_RUN,
  measureOrder,
  MIN_TWIN_DISTANCE,
  type OrderedStatement,
  type OrderFigures,
} from './order-rules';

const VERSION_DIR = join(process.cwd(), 'questions/versions/2');
const SEED = 20261203;
const MAX_STEPS = 2_000_000;

/** How far an order is from keeping every rule: 0 when it keeps them all. */
function penalty(figures: OrderFigures): number {
  const pairs = figures.twinDistances.length;
  const fairShare = Math.ceil(pairs / 5);
  return (
    10 * figures.sameCompetencyNeighbours +
    figures.twinDistances.reduce((sum, d) => sum + 5 * Math.max(0, MIN_TWIN_DISTANCE - d), 0) +
    3 * Math.max(0, figures.longestSameKeyRun - MAX_SAME_KEY_RUN) +
    4 * Math.max(0, Math.abs(figures.evenTwinDistances - figures.oddTwinDistances) - 1) +
    figures.twinResidues.reduce(
      (sum, n) => sum + (n === 0 ? 4 : 2 * Math.max(0, n - fairShare - MAX_RESIDUE_EXCESS)),
      0,
    ) +
    6 * figures.unevenCompetencies.length
  );
}

/** Runs of one keying longer than the limit, counted statement by statement (smoother than the longest run alone). */
function keyRunExcess(order: readonly string[], byId: Map<string, OrderedStatement>): number {
  let excess = 0;
  let run = 0;
  order.forEach((id, i) => {
    const previous = order[i - 1];
    run = previous !== undefined && byId.get(previous)?.keyed === byId.get(id)?.keyed ? run + 1 : 1;
    if (run > MAX_SAME_KEY_RUN) excess++;
  });
  return excess;
}

function searchOrder(statements: readonly OrderedStatement[], seed: number): string[] {
  const random = seededRandom(seed);
  const byId = new Map(statements.map((s) => [s.id, s]));
  const cost = (order: readonly string[]) =>
    penalty(measureOrder(order, statements)) + 3 * keyRunExcess(order, byId);
  const order = statements.map((s) => s.id);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as string, order[i] as string];
  }
  let current = cost(order);
  let temperature = 4;
  for (let step = 0; step < MAX_STEPS && current > 0; step++) {
    const a = Math.floor(random() * order.length);
    const b = Math.floor(random() * order.length);
    if (a === b) continue;
    [order[a], order[b]] = [order[b] as string, order[a] as string];
    const next = cost(order);
    if (next <= current || random() < Math.exp((current - next) / temperature)) current = next;
    else [order[a], order[b]] = [order[b] as string, order[a] as string];
    temperature = Math.max(0.05, temperature * 0.99995);
  }
  const problems = findOrderProblems(measureOrder(order, statements));
  if (problems.length > 0) throw new Error(`no order found: ${problems.join('; ')}`);
  return order;
}

function describe(form: string, order: readonly string[], statements: readonly OrderedStatement[]) {
  const figures = measureOrder(order, statements);
  const keyOf = new Map(statements.map((s) => [s.id, s.keyed === 'positive' ? '+' : '−']));
  console.log(`\n${form} form: ${figures.statements} statements`);
  order.forEach((id, i) => console.log(`${String(i + 1).padStart(3)} ${keyOf.get(id)} ${id}`));
  console.log(
    [
      `neighbours sharing a competency: ${figures.sameCompetencyNeighbours}`,
      `twin distance: min ${figures.minTwinDistance}, all ${[...figures.twinDistances].sort((x, y) => x - y).join(' ')}`,
      `even / odd twin distances: ${figures.evenTwinDistances} / ${figures.oddTwinDistances}`,
      `twin distances by residue mod 5 (0/1/2/3/4): ${figures.twinResidues.join(' / ')}`,
      `longest run of one keying: ${figures.longestSameKeyRun}`,
      `competencies not spread one per part: ${figures.unevenCompetencies.length}`,
    ].join('\n'),
  );
}

const items = z
  .array(LikertItemSchema)
  .parse(JSON.parse(readFileSync(join(VERSION_DIR, 'items.json'), 'utf8')));
const full = searchOrder(items, SEED);
const short = searchOrder(
  items.filter((item) => item.inShortForm),
  SEED + 1,
);
describe('Full', full, items);
describe(
  'Short',
  short,
  items.filter((item) => item.inShortForm),
);
writeFileSync(join(VERSION_DIR, 'order.json'), `${JSON.stringify({ full, short }, null, 2)}\n`);
console.log(`\nwritten to ${join(VERSION_DIR, 'order.json')}`);
