import archetypes from '@/questions/i18n/es/versions/1/archetypes.json' with { type: 'json' };
import meta from '@/questions/i18n/es/versions/1/bank.json' with { type: 'json' };
import competencies from '@/questions/i18n/es/versions/1/competencies.json' with { type: 'json' };
import items from '@/questions/i18n/es/versions/1/items.json' with { type: 'json' };
import scenarios from '@/questions/i18n/es/versions/1/scenarios.json' with { type: 'json' };
import tensions from '@/questions/i18n/es/versions/1/tensions.json' with { type: 'json' };

import type { BankTexts } from './bank-texts';

/** Bank version 1's words in Spanish, by the path of the English file each translates. */
export const bankTexts: BankTexts = {
  'versions/1/bank.json': meta,
  'versions/1/competencies.json': competencies,
  'versions/1/tensions.json': tensions,
  'versions/1/items.json': items,
  'versions/1/scenarios.json': scenarios,
  'versions/1/archetypes.json': archetypes,
};
