import content from '@/questions/site/chrome.json' with { type: 'json' };

import type { ChromeCopy } from './chrome-schema';

/** The words around every page, from `questions/site/chrome.json`; typed here, validated by a test. */
export const CHROME_COPY: ChromeCopy = content;
