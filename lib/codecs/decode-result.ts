/** The outcome of decoding outside data: the value, or every problem in words a person understands. */
export type DecodeResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly string[] };

export function decoded<T>(value: T): DecodeResult<T> {
  return { ok: true, value };
}

export function rejected<T = never>(...problems: string[]): DecodeResult<T> {
  return { ok: false, problems };
}
