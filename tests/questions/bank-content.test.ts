import { loadBank, loadBankVersion } from '@/lib/bank/load-bank';
import type { LikertItem, Scenario } from '@/lib/bank/schema';

const bank = loadBank();
const likert = bank.questions.filter((q): q is LikertItem => q.type === 'likert');
const scenarios = bank.questions.filter((q): q is Scenario => q.type === 'choice');
const itemsOf = (competencyId: string) => likert.filter((q) => q.competency === competencyId);

describe('the question bank content', () => {
  it('has at least 12 competencies covering both roles and what they share', () => {
    expect(bank.competencies.length).toBeGreaterThanOrEqual(12);
    expect(bank.competencies.map((c) => c.id)).toEqual(
      expect.arrayContaining([
        'tech-strategy',
        'tech-evaluation',
        'security-privacy',
        'scalability-reliability',
        'tech-team-leadership',
        'technical-depth',
        'customer-insight',
        'market-research',
        'product-vision',
        'pricing-packaging',
        'product-analytics',
        'cross-functional',
        'leadership',
        'communication',
        'strategic-thinking',
        'decisions-under-pressure',
      ]),
    );
  });

  it('weighs each side’s competencies more heavily for its own role', () => {
    for (const c of bank.competencies) {
      if (c.side === 'cto') expect(c.importance.cto, c.id).toBeGreaterThan(c.importance.cpo);
      if (c.side === 'cpo') expect(c.importance.cpo, c.id).toBeGreaterThan(c.importance.cto);
      if (c.side === 'shared')
        expect(Math.min(c.importance.cto, c.importance.cpo), c.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('has at least 48 Likert items and at least 3 per competency', () => {
    expect(likert.length).toBeGreaterThanOrEqual(48);
    for (const c of bank.competencies) expect(itemsOf(c.id).length, c.id).toBeGreaterThanOrEqual(3);
  });

  it('keys as many statements in reverse as positively in every competency', () => {
    for (const c of bank.competencies) {
      const keys = itemsOf(c.id).map((q) => q.keyed);
      const positive = keys.filter((k) => k === 'positive').length;
      expect(positive, c.id).toBeGreaterThanOrEqual(2);
      expect(keys.length - positive, c.id).toBe(positive);
    }
  });

  it('pairs every reverse statement with a positive twin of its own', () => {
    const reverse = likert.filter((q) => q.keyed === 'reverse');
    for (const q of reverse) expect(q.twin, q.id).toBeDefined();
    const twins = reverse.map((q) => q.twin);
    expect(new Set(twins).size).toBe(twins.length);
  });

  it('asks about at least two of doing, enjoying and being good at in every competency', () => {
    for (const c of bank.competencies)
      expect(new Set(itemsOf(c.id).map((q) => q.facet)).size, c.id).toBeGreaterThanOrEqual(2);
  });

  it('asks about what people do, enjoy and are good at', () => {
    expect(new Set(likert.map((q) => q.facet))).toEqual(new Set(['does', 'enjoys', 'good-at']));
  });

  it('has a scenario for every tension, each with 3–4 options', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(6);
    expect(bank.tensions.map((t) => t.id)).toEqual([
      'feasibility-viability',
      'speed-quality',
      'risk-tolerance',
      'resource-allocation',
      'privacy-usability',
      'feature-prioritisation',
    ]);
    for (const t of bank.tensions) {
      expect(
        scenarios.some((s) => s.tension === t.id),
        t.id,
      ).toBe(true);
    }
  });

  it('spreads each scenario’s options across the tension and weighs them towards the matching role', () => {
    for (const s of scenarios) {
      const positions = s.options.map((o) => o.position);
      expect(new Set(positions).size, s.id).toBe(positions.length);
      expect(Math.min(...positions), s.id).toBeLessThan(0);
      expect(Math.max(...positions), s.id).toBeGreaterThan(0);
      for (const o of s.options) {
        if (o.position < 0) expect(o.fit.cto, `${s.id}/${o.id}`).toBeGreaterThan(o.fit.cpo);
        if (o.position > 0) expect(o.fit.cpo, `${s.id}/${o.id}`).toBeGreaterThan(o.fit.cto);
      }
    }
  });

  it('does not always list the technology-first option first', () => {
    const firstPositions = new Set(scenarios.map((s) => s.options[0]?.position));
    expect(firstPositions.size).toBeGreaterThan(1);
  });

  it('traces every question to the part of the article it derives from', () => {
    for (const q of bank.questions) expect(q.source.length, q.id).toBeGreaterThan(10);
    for (const s of scenarios) expect(s.source, s.id).toMatch(/^Tension: /);
  });

  it('numbers item ids by competency so they stay stable', () => {
    for (const q of likert) expect(q.id, q.id).toMatch(new RegExp(`^${q.competency}-\\d{2}$`));
    for (const s of scenarios)
      expect(s.id, s.id).toMatch(new RegExp(`^scenario-${s.tension}-\\d$`));
  });

  it('has at least 6 distinct archetypes leaning each way', () => {
    expect(bank.archetypes.length).toBeGreaterThanOrEqual(6);
    expect(new Set(bank.archetypes.map((a) => a.lean))).toEqual(
      new Set(['cto', 'cpo', 'balanced']),
    );
    for (const a of bank.archetypes) {
      for (const b of bank.archetypes) {
        if (a.id >= b.id) continue;
        const squares = bank.competencies.map(
          (c) => ((a.profile[c.id] ?? 0) - (b.profile[c.id] ?? 0)) ** 2,
        );
        const distance = Math.sqrt(squares.reduce((x, y) => x + y, 0) / squares.length);
        expect(distance, `${a.id} vs ${b.id}`).toBeGreaterThanOrEqual(10);
      }
    }
  });

  it('gives every competency concrete growth steps', () => {
    for (const c of bank.competencies) expect(c.growth.length, c.id).toBeGreaterThanOrEqual(2);
  });
});

describe('the short form', () => {
  const short = bank.questions.filter((q) => q.inShortForm);

  it('asks exactly one twin pair of statements per competency', () => {
    for (const c of bank.competencies) {
      const asked = short.filter(
        (q): q is LikertItem => q.type === 'likert' && q.competency === c.id,
      );
      expect(asked.map((q) => q.keyed).sort(), c.id).toEqual(['positive', 'reverse']);
      const [reverse] = asked.filter((q) => q.keyed === 'reverse');
      expect(
        asked.some((q) => q.id === reverse?.twin),
        c.id,
      ).toBe(true);
    }
  });

  it('asks the same six scenarios as the released first version', () => {
    const firstShort = (loadBankVersion(1)?.questions ?? [])
      .filter((q) => q.type === 'choice' && q.inShortForm)
      .map((q) => q.id);
    expect(firstShort).toHaveLength(6);
    expect(short.filter((q) => q.type === 'choice').map((q) => q.id)).toEqual(firstShort);
  });

  it('still covers every competency and every tension', () => {
    for (const c of bank.competencies) {
      expect(
        short.some((q) => q.type === 'likert' && q.competency === c.id),
        c.id,
      ).toBe(true);
    }
    for (const t of bank.tensions) {
      expect(
        short.some((q) => q.type === 'choice' && q.tension === t.id),
        t.id,
      ).toBe(true);
    }
  });

  it('includes the twin of every reverse-keyed item it asks', () => {
    for (const q of short) {
      if (q.type === 'likert' && q.twin) {
        expect(
          short.some((other) => other.id === q.twin),
          q.id,
        ).toBe(true);
      }
    }
  });
});
