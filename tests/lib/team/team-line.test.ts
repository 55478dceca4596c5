import { layoutTeamLine, type TeamTensionView } from '@/lib/team';

const placement = (position: number, mark: string, at: number | null) => ({
  position,
  mark,
  at,
  name: mark,
  placed: '',
  text: '',
});

const tension = (ats: readonly (number | null)[], centre: number | null) =>
  ({
    placements: ats.map((at, i) => placement(i, `M${i + 1}`, at)),
    centre,
  }) satisfies Pick<TeamTensionView, 'placements' | 'centre'>;

describe('layoutTeamLine', () => {
  it('puts −100 at the left end, 0 in the middle and +100 at the right end', () => {
    const line = layoutTeamLine(tension([-100, 0, 100], 0), 0, 200, () => 10);
    expect(line.ticks).toEqual([0, 100, 200]);
    expect(line.marks.map((m) => m.x)).toEqual([0, 100, 200]);
    expect(line.centreX).toBe(100);
    expect(line.spread).toEqual({ from: 0, to: 200 });
  });

  it('spreads the labels of members at the same place so that none overlap', () => {
    const line = layoutTeamLine(tension([50, 50, 50, null], 50), 0, 200, () => 10, 2);
    expect(line.marks.map((m) => m.position)).toEqual([0, 1, 2]);
    expect(line.marks.every((m) => m.x === 150)).toBe(true);
    const labels = line.marks.map((m) => m.labelX);
    labels.slice(1).forEach((x, i) => expect(x - labels[i]!).toBeGreaterThanOrEqual(12));
  });

  it('draws no centre or spread for a tension the team is not read on', () => {
    const line = layoutTeamLine(tension([null, 20, null], null), 0, 200, () => 10);
    expect(line).toMatchObject({ centreX: null, spread: null });
    expect(line.marks).toHaveLength(1);
  });
});
