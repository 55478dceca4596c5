import fc from 'fast-check';

import { classifyTension, FAR_APART_DISTANCE, SIDE_THRESHOLD } from '@/lib/compare';

const position = fc.integer({ min: -100, max: 100 });

describe('classifyTension', () => {
  it.each([
    [-100, -50, 'clash', 'both-technology-first'],
    [50, 75, 'clash', 'both-product-first'],
    [-75, 75, 'clash', 'far-apart'],
    [-50, 100, 'clash', 'far-apart'],
    [-50, 50, 'complement', 'complement'],
    [-100, 25, 'complement', 'complement'],
    [25, -75, 'complement', 'complement'],
    [-25, 25, 'aligned', 'both-balanced'],
    [0, 0, 'aligned', 'both-balanced'],
    [-50, 0, 'aligned', 'one-leans'],
    [75, 25, 'aligned', 'one-leans'],
    [null, 50, 'unknown', 'unanswered'],
    [-50, null, 'unknown', 'unanswered'],
    [null, null, 'unknown', 'unanswered'],
  ] as const)('reads %s and %s as %s (%s)', (a, b, kind, situation) => {
    expect(classifyTension(a, b)).toEqual({ kind, situation });
  });

  it('takes a side at the same line as the single result', () => {
    expect(SIDE_THRESHOLD).toBe(40);
    expect(classifyTension(-SIDE_THRESHOLD, -SIDE_THRESHOLD).kind).toBe('clash');
    expect(classifyTension(-SIDE_THRESHOLD + 1, -SIDE_THRESHOLD + 1).kind).toBe('aligned');
  });

  it('does not depend on who is first', () => {
    fc.assert(
      fc.property(position, position, (a, b) => {
        expect(classifyTension(a, b)).toEqual(classifyTension(b, a));
      }),
    );
  });

  it('calls two people a clash whenever they are at least the far-apart distance apart', () => {
    fc.assert(
      fc.property(position, position, (a, b) => {
        fc.pre(Math.abs(a - b) >= FAR_APART_DISTANCE);
        expect(classifyTension(a, b).kind).toBe('clash');
      }),
    );
  });

  it('never calls two people on the same side of the middle a complement', () => {
    fc.assert(
      fc.property(position, position, (a, b) => {
        fc.pre(Math.sign(a) * Math.sign(b) >= 0);
        expect(classifyTension(a, b).kind).not.toBe('complement');
      }),
    );
  });
});
