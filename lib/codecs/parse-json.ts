import { decoded, rejected, type DecodeResult } from './decode-result';

/** Parses JSON text, turning an empty input or a syntax error into a readable problem. */
export function parseJson(text: string): DecodeResult<unknown> {
  if (text.trim() === '') return rejected('the file is empty');
  try {
    return decoded(JSON.parse(text) as unknown);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return rejected(`is not valid JSON (${detail})`);
  }
}
