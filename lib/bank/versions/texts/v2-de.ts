import archetypes from '@/questions/i18n/de/versions/2/archetypes.json' with { type: 'json' };
import meta from '@/questions/i18n/de/versions/2/bank.json' with { type: 'json' };
import competencies from '@/questions/i18n/de/versions/2/competencies.json' with { type: 'json' };
import items from '@/questions/i18n/de/versions/2/items.json' with { type: 'json' };
import scenarios from '@/questions/i18n/de/versions/2/scenarios.json' with { type: 'json' };
import tensions from '@/questions/i18n/de/versions/2/tensions.json' with { type: 'json' };

import type { BankTexts } from './bank-texts';

/** Bank version 2's words in German, by the path of the English file each translates. */
export const bankTexts: BankTexts = {
  'versions/2/bank.json': meta,
  'versions/2/competencies.json': competencies,
  'versions/2/tensions.json': tensions,
  'versions/2/items.json': items,
  'versions/2/scenarios.json': scenarios,
  'versions/2/archetypes.json': archetypes,
};
