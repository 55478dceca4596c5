import content from '@/questions/decoder-copy.json' with { type: 'json' };

import type { DecoderCopy } from './decoder-copy-schema';

/**
 * Every sentence a decoder says in English, from `questions/decoder-copy.json`: for the command
 * line and tests. Pages hand decoders the words of their language instead (`useWords('decoders')`).
 * Typed, not parsed: a test validates the file with {@link DecoderCopySchema}.
 */
export const DECODER_COPY: DecoderCopy = content;
