import archetypes from '@/questions/versions/1/archetypes.json' with { type: 'json' };
import meta from '@/questions/versions/1/bank.json' with { type: 'json' };
import competencies from '@/questions/versions/1/competencies.json' with { type: 'json' };
import items from '@/questions/versions/1/items.json' with { type: 'json' };
import scenarios from '@/questions/versions/1/scenarios.json' with { type: 'json' };
import tensions from '@/questions/versions/1/tensions.json' with { type: 'json' };

import { assembleBank, filesOfVersion } from './bank-files';

const contents = { meta, competencies, tensions, items, scenarios, archetypes };

/** Bank version 1's content files, as released, under their paths in `questions/`. */
export const bankFiles = filesOfVersion(1, contents);

/** The content of bank version 1 as released, assembled but not yet validated. */
export const bankContent: unknown = assembleBank(bankFiles);
