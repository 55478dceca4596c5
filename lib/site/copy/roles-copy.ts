import content from '@/questions/site/roles.json' with { type: 'json' };

import type { RolesCopy } from './roles-schema';

/** The role guide page's words, from `questions/site/roles.json`; typed here, validated by a test. */
export const ROLES_COPY: RolesCopy = content;
