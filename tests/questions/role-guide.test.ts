import roleGuide from '@/questions/role-guide.json' with { type: 'json' };
import { RoleGuideSchema } from '@/lib/guide/schema';

describe('the role guide content', () => {
  it('satisfies the role guide schema', () => {
    const result = RoleGuideSchema.safeParse(roleGuide);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('lists the CTO, then the CPO, each with success measures from the article', () => {
    const guide = RoleGuideSchema.parse(roleGuide);
    expect(guide.roles.map((r) => r.shortTitle)).toEqual(['CTO', 'CPO']);
    for (const role of guide.roles) {
      expect(role.successMeasures.length).toBeGreaterThanOrEqual(2);
      for (const line of [...role.responsibilities, ...role.skills, ...role.successMeasures]) {
        expect(line.source.length, line.text).toBeGreaterThan(5);
      }
    }
  });
});
