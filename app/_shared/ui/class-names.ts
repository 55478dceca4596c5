/** Joins the class names that are set, so a part's own class and a caller's extra one combine. */
export function classNames(...names: (string | false | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}
