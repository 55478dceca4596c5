import content from '@/questions/site/home.json' with { type: 'json' };

import type { HomeCopy } from './home-schema';

/** The home page's words, from `questions/site/home.json`; typed here, validated by a test. */
export const HOME_COPY: HomeCopy = content;
