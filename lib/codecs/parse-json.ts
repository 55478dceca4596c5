import { fillTemplate } from '@/lib/copy/fill-template';

import { decoded, rejected, type DecodeResult } from './decode-result';
import type { DecoderCopy } from './decoder-copy-schema';

/** Parses JSON text, turning an empty input or a syntax error into a problem in `words`. */
export function parseJson(text: string, words: DecoderCopy): DecodeResult<unknown> {
  if (text.trim() === '') return rejected(words.jsonFile.empty);
  try {
    return decoded(JSON.parse(text) as unknown);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return rejected(fillTemplate(words.jsonFile.notJson, { detail }));
  }
}
