import archetypes from '@/questions/archetypes.json' with { type: 'json' };
import meta from '@/questions/bank.json' with { type: 'json' };
import competencies from '@/questions/competencies.json' with { type: 'json' };
import items from '@/questions/items.json' with { type: 'json' };
import scenarios from '@/questions/scenarios.json' with { type: 'json' };
import tensions from '@/questions/tensions.json' with { type: 'json' };

import { parseBank } from './parse-bank';
import type { QuestionBank } from './schema';

export { BankValidationError } from './parse-bank';

/** Assembles the bank from the content files in `questions/`, without validating it. */
export function readBankContent(): unknown {
  return {
    ...meta,
    competencies,
    tensions,
    questions: [...items, ...scenarios],
    archetypes,
  };
}

let loaded: QuestionBank | undefined;

/** The validated question bank from `questions/`; validated once, on first use. */
export function loadBank(): QuestionBank {
  loaded ??= parseBank(readBankContent());
  return loaded;
}
