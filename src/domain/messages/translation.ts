/** A catalogue in another locale: the same keys as the reference, any text. */
export type Translation<Reference> = { readonly [K in keyof Reference]: string };

/** The parameter names of a template: `{name}`, `{name|one|other}` and `{name|zero|one|other}`. */
export type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? (P extends `${infer Name}|${string}` ? Name : P) | Placeholders<Rest>
  : never;

export type ParamValue = string | number;

const PLACEHOLDER = /\{(\w[\w-]*)(?:\|([^|{}]*)\|([^|{}]*)(?:\|([^|{}]*))?)?\}/g;

/**
 * Fills a template. A parameter that is missing stays visible as `{name}` so a gap shows up
 * in the text instead of silently disappearing.
 */
export function interpolate(template: string, params: Readonly<Record<string, ParamValue>>): string {
  return template.replace(PLACEHOLDER, (whole, name: string, first?: string, second?: string, third?: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    // Two forms: one|other; three: zero|one|other ("geen enkel criterium" reads better than "0 criteria").
    if (first !== undefined && second !== undefined) {
      const [zero, one, other] = third === undefined ? [second, first, second] : [first, second, third];
      return (value === 0 ? zero : value === 1 ? one : other).replaceAll('#', String(value));
    }
    return String(value);
  });
}

/** The parameter names a template uses, for checking that translations agree. */
export function placeholderNames(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1] as string))].sort();
}
