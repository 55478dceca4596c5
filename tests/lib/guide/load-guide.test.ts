import { GuideValidationError, loadGuide, parseGuide } from '@/lib/guide/load-guide';
import roleGuide from '@/questions/role-guide.json' with { type: 'json' };
import { changedCopy, problemsThrown } from '@/tests/fixtures/content-variants';

type Content = typeof roleGuide;
const withChange = (change: (content: Content) => void) => changedCopy(roleGuide, change);
const problemsOf = (raw: unknown) => problemsThrown(parseGuide, GuideValidationError, raw);

describe('parseGuide', () => {
  it('returns the parsed guide when the content is valid', () => {
    const guide = parseGuide(roleGuide);
    expect(guide.roles.map((r) => r.id)).toEqual(['cto', 'cpo']);
    expect(guide.intro).toBe(roleGuide.intro);
  });

  it('throws an error naming the file and the field when a text is empty', () => {
    const raw = withChange((c) => {
      c.roles[0]!.focus = '   ';
    });
    expect(() => parseGuide(raw)).toThrow(GuideValidationError);
    expect(() => parseGuide(raw)).toThrow(/questions\/role-guide\.json/);
    expect(problemsOf(raw)).toEqual(['roles[0].focus: must not be empty']);
  });

  it('rejects a guide that lists the CPO before the CTO', () => {
    const raw = withChange((c) => {
      c.roles.reverse();
    });
    expect(problemsOf(raw)).toEqual(['roles: roles are listed CTO first, then CPO']);
  });

  it('lists every problem at once, each with where it is', () => {
    const raw = withChange((c) => {
      c.sharedGround = '';
      c.collaboration = c.collaboration.slice(0, 1);
    });
    const problems = problemsOf(raw);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^sharedGround: /);
    expect(problems[1]).toMatch(/^collaboration: /);
  });

  it('rejects content that is not a guide at all', () => {
    expect(problemsOf(null).length).toBeGreaterThan(0);
    expect(problemsOf('role guide').length).toBeGreaterThan(0);
  });
});

describe('loadGuide', () => {
  it('returns the validated guide from questions/, the same object on every call', () => {
    const guide = loadGuide();
    expect(guide.roles.map((r) => r.shortTitle)).toEqual(['CTO', 'CPO']);
    expect(loadGuide()).toBe(guide);
  });
});
