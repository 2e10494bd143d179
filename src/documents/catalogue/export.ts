import { type Catalogue, CATALOGUE_FORMAT, CATALOGUE_VERSION, type CatalogueFilters, type CatalogueFube, catalogueSchema } from './schema.js';

export interface CatalogueOptions {
  /** The export's date and time; passed in (the caller's clock). */
  exportedAt: string;
  filters?: CatalogueFilters;
}

/**
 * The catalogue of the FUBEs given (the store's records match `CatalogueFube`), ordered by
 * id, with the family versions they use. Only `exportedAt` depends on when it is made.
 */
export function buildCatalogue(fubes: readonly CatalogueFube[], options: CatalogueOptions): Catalogue {
  const families = new Map<string, { id: string; version: number }>();
  for (const fube of fubes) families.set(`${fube.content.familyId}@${fube.content.familyVersion}`, { id: fube.content.familyId, version: fube.content.familyVersion });
  return {
    format: CATALOGUE_FORMAT,
    version: CATALOGUE_VERSION,
    exportedAt: options.exportedAt,
    filters: options.filters ?? {},
    families: [...families.values()].sort((a, b) => a.id.localeCompare(b.id, 'en') || a.version - b.version),
    fubes: [...fubes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
}

/**
 * The catalogue as JSON text: two-space indentation, fields in the schema's order (the
 * parse puts them there and drops what the format does not know), a final newline. The
 * same catalogue always gives the same bytes, so exports can be compared.
 */
export function serializeCatalogue(catalogue: Catalogue): string {
  return `${JSON.stringify(catalogueSchema.parse(catalogue), null, 2)}\n`;
}
