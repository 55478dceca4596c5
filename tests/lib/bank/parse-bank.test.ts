import { BankValidationError, parseBank } from '@/lib/bank/parse-bank';
import { changedCopy, problemsThrown } from '@/tests/fixtures/content-variants';
import { tinyBankContent } from '@/tests/fixtures/tiny-bank';

type Content = typeof tinyBankContent;
const withChange = (change: (content: Content) => void) => changedCopy(tinyBankContent, change);
const problemsOf = (raw: unknown) => problemsThrown(parseBank, BankValidationError, raw);

describe('parseBank', () => {
  it('accepts a valid bank', () => {
    expect(parseBank(tinyBankContent).questions).toHaveLength(17);
  });

  it('rejects duplicate question ids, naming where', () => {
    const raw = withChange((c) => {
      c.questions[1]!.id = c.questions[0]!.id;
    });
    expect(problemsOf(raw)).toEqual(['questions[1].id: duplicate id "tech-01"']);
  });

  it('rejects an item of an unknown competency', () => {
    const raw = withChange((c) => {
      (c.questions[0] as { competency: string }).competency = 'astrology';
    });
    expect(problemsOf(raw)).toContain('questions[0].competency: unknown competency "astrology"');
  });

  it('rejects a reverse item whose twin is not a positive item of the same competency', () => {
    const raw = withChange((c) => {
      (c.questions[2] as { twin?: string }).twin = 'infra-01';
    });
    expect(problemsOf(raw)).toEqual([
      'questions[2].twin: twin "infra-01" must be a positive item of competency "tech"',
    ]);
  });

  it('rejects a scenario of an unknown tension', () => {
    const raw = withChange((c) => {
      (c.questions[15] as { tension: string }).tension = 'weather';
    });
    expect(problemsOf(raw)).toEqual(['questions[15].tension: unknown tension "weather"']);
  });

  it('rejects an archetype that leaves a competency without a reference score', () => {
    const raw = withChange((c) => {
      delete (c.archetypes[0]!.profile as Record<string, number>).lead;
    });
    expect(problemsOf(raw)).toEqual(['archetypes[0].profile: no score for competency "lead"']);
  });

  it('rejects fields the schema does not know, so typos cannot hide', () => {
    const raw = withChange((c) => {
      (c.competencies[0] as Record<string, unknown>).importanse = 3;
    });
    expect(problemsOf(raw).join()).toMatch(/competencies\[0\].*importanse/);
  });

  it('rejects an importance outside 0–3 and a Likert scale without five labels', () => {
    const raw = withChange((c) => {
      c.competencies[0]!.importance.cto = 4;
      c.likertScale.pop();
    });
    const problems = problemsOf(raw);
    expect(problems.some((p) => p.startsWith('competencies[0].importance.cto'))).toBe(true);
    expect(problems.some((p) => p.startsWith('likertScale'))).toBe(true);
  });

  it('rejects a scenario with fewer than three options', () => {
    const raw = withChange((c) => {
      (c.questions[15] as { options: unknown[] }).options.splice(0, 1);
    });
    expect(problemsOf(raw).join()).toMatch(/questions\[15\]\.options/);
  });
});
