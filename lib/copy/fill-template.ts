/** The values of a template's placeholders, by name. */
export type TemplateValues = Readonly<Record<string, string | number>>;

/**
 * A copy template with its `{name}` placeholders replaced, e.g. `"{score} / 100"` with
 * `{ score: 62 }` gives `"62 / 100"`. A placeholder without a value is a programming error.
 */
export function fillTemplate(template: string, values: TemplateValues = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for {${name}} in "${template}"`);
    return String(value);
  });
}

/** A template of `{ one, other }` picked by `count`, then filled in. */
export function fillPlural(
  forms: { readonly one: string; readonly other: string },
  count: number,
  values: TemplateValues,
): string {
  return fillTemplate(count === 1 ? forms.one : forms.other, values);
}

/**
 * A template split around its `{name}` placeholder, the rest filled in, so that something other
 * than text (a link) can stand in that place: "Read the {link}." gives ["Read the ", "."].
 */
export function splitTemplate(
  template: string,
  name: string,
  values: TemplateValues = {},
): readonly [before: string, after: string] {
  const marker = `{${name}}`;
  const at = template.indexOf(marker);
  if (at < 0) throw new Error(`No {${name}} in "${template}"`);
  return [
    fillTemplate(template.slice(0, at), values),
    fillTemplate(template.slice(at + marker.length), values),
  ];
}
