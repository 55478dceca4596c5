import archetypes from '@/questions/versions/1/archetypes.json' with { type: 'json' };
import meta from '@/questions/versions/1/bank.json' with { type: 'json' };
import competencies from '@/questions/versions/1/competencies.json' with { type: 'json' };
import items from '@/questions/versions/1/items.json' with { type: 'json' };
import scenarios from '@/questions/versions/1/scenarios.json' with { type: 'json' };
import tensions from '@/questions/versions/1/tensions.json' with { type: 'json' };

import { assembleBank, type BankFiles } from './bank-files';

/** Bank version 1's content files, as released, under their paths in `questions/`. */
export const bankFiles: BankFiles = {
  meta: ['versions/1/bank.json', meta],
  competencies: ['versions/1/competencies.json', competencies],
  tensions: ['versions/1/tensions.json', tensions],
  items: ['versions/1/items.json', items],
  scenarios: ['versions/1/scenarios.json', scenarios],
  archetypes: ['versions/1/archetypes.json', archetypes],
};

/** The content of bank version 1 as released, assembled but not yet validated. */
export const bankContent: unknown = assembleBank(bankFiles);
