import { loadBank } from '@/lib/bank/load-bank';
import { loadPairing, PairingValidationError, parsePairing } from '@/lib/compare/load-pairing';
import { CLASH_SITUATIONS, SITUATIONS } from '@/lib/compare/schema';
import pairing from '@/questions/pairing.json' with { type: 'json' };

const bank = loadBank();

/** A deep copy of the content to break in one place. */
const copy = () => structuredClone(pairing) as typeof pairing & Record<string, unknown>;

function problemsOf(raw: unknown): string[] {
  try {
    parsePairing(raw, bank);
    return [];
  } catch (error) {
    if (error instanceof PairingValidationError) return error.problems;
    throw error;
  }
}

describe('questions/pairing.json', () => {
  const content = loadPairing(bank);

  it('satisfies the pairing schema and covers every tension of the bank exactly once', () => {
    expect(content.tensions.map((t) => t.tension).sort()).toEqual(
      bank.tensions.map((t) => t.id).sort(),
    );
  });

  it('traces every tension’s text to the same source as the tension itself', () => {
    for (const entry of content.tensions) {
      expect(entry.source).toBe(bank.tensions.find((t) => t.id === entry.tension)?.source);
    }
  });

  it('gives every situation on every tension its own headline and text', () => {
    const texts = content.tensions.flatMap((t) => SITUATIONS.map((s) => t.situations[s].text));
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('names a practice for every clash that the tension does not already list', () => {
    for (const entry of content.tensions) {
      const own = bank.tensions.find((t) => t.id === entry.tension)!.practices;
      for (const situation of CLASH_SITUATIONS) {
        expect(own).not.toContain(entry.situations[situation].practice);
      }
    }
  });
});

describe('parsePairing', () => {
  it('names a tension of the bank that has no pairing text', () => {
    const raw = copy();
    raw.tensions = raw.tensions.slice(1);
    expect(problemsOf(raw)).toEqual([
      `tensions: no pairing text for tension "${bank.tensions[0]!.id}"`,
    ]);
  });

  it('names pairing text for a tension the bank does not have', () => {
    const raw = copy();
    raw.tensions[0]!.tension = 'made-up';
    expect(problemsOf(raw)).toContain('tensions[0].tension: unknown tension "made-up"');
  });

  it('names a clash without a practice of its own', () => {
    const raw = copy();
    delete (raw.tensions[2]!.situations['far-apart'] as { practice?: string }).practice;
    expect(problemsOf(raw)).toEqual([
      'tensions[2].situations.far-apart.practice: a clash names a practice of its own',
    ]);
  });

  it('names a missing situation and a misspelt field', () => {
    const raw = copy();
    const situations = raw.tensions[0]!.situations as Record<string, unknown>;
    delete situations['complement'];
    (raw as Record<string, unknown>)['framming'] = 'typo';
    const problems = problemsOf(raw);
    expect(problems.some((p) => p.startsWith('tensions[0].situations.complement'))).toBe(true);
    expect(problems.some((p) => p.includes('framming'))).toBe(true);
  });
});
