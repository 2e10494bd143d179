/**
 * The category of workers a person belongs to (DOMAIN.md §7, issue 16): the class of the
 * FUBE the person holds in force on the reference date (looked up by the caller and passed
 * in), else the explicit `category` of the pay record, else none: "niet ingedeeld",
 * reported apart. The classification is the source of truth; the column is for people
 * without a FUBE in Weegschaal (and for the Logib sheet's level of requirements).
 */

/** The FUBE held on the reference date, as far as the category needs it. */
export interface HeldClass {
  family: string;
  class: number;
}

export type PayCategory = { kind: 'explicit'; category: string } | { kind: 'class'; family: string; class: number } | { kind: 'unclassified' };

export function payCategory(record: { category: string | null }, held: HeldClass | undefined): PayCategory {
  if (held !== undefined) return { kind: 'class', family: held.family, class: held.class };
  if (record.category !== null && record.category.trim() !== '') return { kind: 'explicit', category: record.category.trim() };
  return { kind: 'unclassified' };
}

/**
 * The key of the category at the chosen grain: the class alone, or family × class. An
 * explicit category is its own key at both grains; null for "niet ingedeeld".
 */
export function categoryKey(category: PayCategory, grain: 'class' | 'family-class' = 'class'): string | null {
  switch (category.kind) {
    case 'explicit':
      return category.category;
    case 'class':
      return grain === 'class' ? String(category.class) : `${category.family}/${category.class}`;
    case 'unclassified':
      return null;
  }
}

/**
 * The level of requirements for the adjusted model: the class number, or an explicit
 * category (as a number when it is one, so that "10" ranks above "9"); null when unclassified.
 */
export function levelOfRequirements(category: PayCategory): number | string | null {
  switch (category.kind) {
    case 'explicit':
      return /^-?\d+(?:\.\d+)?$/u.test(category.category) ? Number(category.category) : category.category;
    case 'class':
      return category.class;
    case 'unclassified':
      return null;
  }
}
