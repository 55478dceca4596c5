import archetypes from '@/questions/versions/2/archetypes.json' with { type: 'json' };
import meta from '@/questions/versions/2/bank.json' with { type: 'json' };
import competencies from '@/questions/versions/2/competencies.json' with { type: 'json' };
import items from '@/questions/versions/2/items.json' with { type: 'json' };
import order from '@/questions/versions/2/order.json' with { type: 'json' };
import scenarios from '@/questions/versions/2/scenarios.json' with { type: 'json' };
import tensions from '@/questions/versions/2/tensions.json' with { type: 'json' };

import { assembleBank, filesOfVersion } from './bank-files';

const contents = { meta, competencies, tensions, items, scenarios, archetypes, order };

/** Bank version 2's content files, as released, under their paths in `questions/`. */
export const bankFiles = filesOfVersion(2, contents);

/** The content of bank version 2 as released, assembled but not yet validated. */
export const bankContent: unknown = assembleBank(bankFiles);
