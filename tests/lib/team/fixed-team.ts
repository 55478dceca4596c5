import type { Answers, Form } from '@/lib/answers/schema';
import type { TeamPerson } from '@/lib/team';
import consumerCpo from '@/tests/fixtures/people/consumer-app-cpo.json' with { type: 'json' };
import enterpriseCto from '@/tests/fixtures/people/enterprise-cto.json' with { type: 'json' };
import engineeringManager from '@/tests/fixtures/people/engineering-manager.json' with { type: 'json' };
import growthLead from '@/tests/fixtures/people/growth-product-lead.json' with { type: 'json' };
import staffEngineer from '@/tests/fixtures/people/staff-engineer.json' with { type: 'json' };

const person = (name: string, file: { form: string; answers: object }): TeamPerson => ({
  name,
  form: file.form as Form,
  answers: file.answers as Answers,
});

/**
 * A team of five invented people on the real bank (from tests/fixtures/people): an enterprise CTO,
 * a consumer-app CPO, a growth product lead, an engineering manager and a staff engineer.
 */
export const fixedTeam: readonly TeamPerson[] = [
  person('Dan', enterpriseCto),
  person('Cleo', consumerCpo),
  person('Gus', growthLead),
  person('Emma', engineeringManager),
  person('Sid', staffEngineer),
];
