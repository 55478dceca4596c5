import { wrapLabel } from '@/lib/report/wrap-label';

/** Roughly how wide one character of a 13px label is; errs wide so that text never clips. */
const CHAR_WIDTH = 7.4;
export const LINE_HEIGHT = 17;
export const MARGIN_X = 12;
/** Room at the right of a row's name for the two scores. */
const VALUES_RESERVE = 96;
export const TRACK = 8;
export const MARK = 7;

/** Each competency name's lines at this width, the lines every row gets, and the heights. */
export function overlayGeometry(names: readonly string[], width: number) {
  const maxChars = Math.max(12, Math.floor((width - 2 * MARGIN_X - VALUES_RESERVE) / CHAR_WIDTH));
  const wrapped = names.map((name) => wrapLabel(name, maxChars));
  const lines = Math.max(1, ...wrapped.map((l) => l.length));
  const rowHeight = lines * LINE_HEIGHT + 2 * MARK + TRACK + 22;
  return { wrapped, lines, rowHeight, height: names.length * rowHeight + 8 };
}
